package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.PRICING_POLICY;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.catalog.jooq.tables.records.PricingPolicyRecord;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;

@Repository
class PricingPolicyRepository {

    private final DSLContext db;

    PricingPolicyRepository(DSLContext db) {
        this.db = db;
    }

    Optional<PricingPolicy> find() {
        return db.selectFrom(PRICING_POLICY).fetchOptional(PricingPolicyRepository::toPolicy);
    }

    /**
     * Locks the policy row until the transaction ends. Every catalog change takes this lock first, so changes apply
     * one after another and each price book snapshot includes every change committed before it.
     */
    Optional<PricingPolicy> lockForChange() {
        return db.selectFrom(PRICING_POLICY).forUpdate().fetchOptional(PricingPolicyRepository::toPolicy);
    }

    /** Inserts the policy unless one exists; false when another instance seeded the catalog first. */
    boolean insertIfAbsent(PricingPolicy policy) {
        DepositPolicy deposit = policy.deposit();
        return db.insertInto(PRICING_POLICY)
                .set(PRICING_POLICY.CURRENCY, policy.currency().getCurrencyCode())
                .set(PRICING_POLICY.DEPOSIT_KIND, deposit.kind().name().toLowerCase(Locale.ROOT))
                .set(PRICING_POLICY.DEPOSIT_PERCENT, deposit.percent())
                .set(PRICING_POLICY.DEPOSIT_FIXED_MINOR, deposit.fixedAmount() == null ? null : deposit.fixedAmount().minorUnits())
                .set(PRICING_POLICY.DEPOSIT_ROUNDING, deposit.roundToWholeMajorUnits() ? "whole_major" : "minor")
                .set(PRICING_POLICY.MINIMUM_SPEND_MINOR, policy.minimumSpend().minorUnits())
                .set(PRICING_POLICY.BALANCE_DUE_HOURS_BEFORE, policy.balanceDueHoursBeforeEvent())
                .onConflictDoNothing()
                .execute() == 1;
    }

    private static PricingPolicy toPolicy(PricingPolicyRecord row) {
        Currency currency = Currency.getInstance(row.getCurrency());
        DepositPolicy deposit = switch (DepositPolicy.Kind.valueOf(row.getDepositKind().toUpperCase(Locale.ROOT))) {
            case PERCENT -> DepositPolicy.percentOfTotal(row.getDepositPercent().stripTrailingZeros(),
                    "whole_major".equals(row.getDepositRounding()));
            case FIXED -> DepositPolicy.fixed(new Money(row.getDepositFixedMinor(), currency));
        };
        return new PricingPolicy(currency, deposit, new Money(row.getMinimumSpendMinor(), currency),
                row.getBalanceDueHoursBefore());
    }
}
