package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.CHEF_PAYOUT_ACCOUNT;
import static org.jooq.impl.DSL.currentInstant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.ChefPayoutAccountRecord;

@Repository
class PayoutAccountRepository {

    private final DSLContext db;

    PayoutAccountRepository(DSLContext db) {
        this.db = db;
    }

    /** Records the chef's account once; the account already recorded wins (Stripe returned the same one). */
    PayoutAccount insertIfAbsent(UUID chefId, String stripeAccountId) {
        db.insertInto(CHEF_PAYOUT_ACCOUNT)
                .set(CHEF_PAYOUT_ACCOUNT.CHEF_ID, chefId)
                .set(CHEF_PAYOUT_ACCOUNT.STRIPE_ACCOUNT_ID, stripeAccountId)
                .onConflictDoNothing()
                .execute();
        return forChef(chefId).orElseThrow();
    }

    Optional<PayoutAccount> forChef(UUID chefId) {
        return db.selectFrom(CHEF_PAYOUT_ACCOUNT).where(CHEF_PAYOUT_ACCOUNT.CHEF_ID.eq(chefId))
                .fetchOptional(PayoutAccountRepository::toAccount);
    }

    Optional<PayoutAccount> lockByStripeId(String stripeAccountId) {
        return db.selectFrom(CHEF_PAYOUT_ACCOUNT).where(CHEF_PAYOUT_ACCOUNT.STRIPE_ACCOUNT_ID.eq(stripeAccountId))
                .forUpdate().fetchOptional(PayoutAccountRepository::toAccount);
    }

    /** Stores what Stripe reported at {@code reportedAt}; false when a newer report is stored already. */
    boolean report(String stripeAccountId, boolean chargesEnabled, boolean payoutsEnabled, boolean detailsSubmitted,
            String disabledReason, List<String> currentlyDue, Instant reportedAt) {
        return db.update(CHEF_PAYOUT_ACCOUNT)
                .set(CHEF_PAYOUT_ACCOUNT.CHARGES_ENABLED, chargesEnabled)
                .set(CHEF_PAYOUT_ACCOUNT.PAYOUTS_ENABLED, payoutsEnabled)
                .set(CHEF_PAYOUT_ACCOUNT.DETAILS_SUBMITTED, detailsSubmitted)
                .set(CHEF_PAYOUT_ACCOUNT.DISABLED_REASON, disabledReason)
                .set(CHEF_PAYOUT_ACCOUNT.CURRENTLY_DUE, currentlyDue.toArray(String[]::new))
                .set(CHEF_PAYOUT_ACCOUNT.REPORTED_AT, reportedAt)
                .set(CHEF_PAYOUT_ACCOUNT.UPDATED_AT, currentInstant())
                .where(CHEF_PAYOUT_ACCOUNT.STRIPE_ACCOUNT_ID.eq(stripeAccountId))
                .and(CHEF_PAYOUT_ACCOUNT.REPORTED_AT.isNull()
                        .or(CHEF_PAYOUT_ACCOUNT.REPORTED_AT.le(reportedAt)))
                .execute() == 1;
    }

    private static PayoutAccount toAccount(ChefPayoutAccountRecord row) {
        return new PayoutAccount(row.getChefId(), row.getStripeAccountId(), row.getChargesEnabled(),
                row.getPayoutsEnabled(), row.getDetailsSubmitted(), row.getDisabledReason(),
                row.getCurrentlyDue() == null ? List.of() : List.of(row.getCurrentlyDue()));
    }
}
