package com.chefweb.shared.pricing;

import java.math.BigDecimal;

import com.chefweb.shared.money.Money;

/**
 * How much a customer pays to secure a booking: a share of the total or a fixed amount, never more than the total.
 *
 * @param kind percent of the total, or a fixed amount
 * @param percent the share when {@link Kind#PERCENT}
 * @param fixedAmount the amount when {@link Kind#FIXED}
 * @param roundToWholeMajorUnits round a percentage deposit to whole dollars, as the storefront shows it
 */
public record DepositPolicy(Kind kind, BigDecimal percent, Money fixedAmount, boolean roundToWholeMajorUnits) {

    public enum Kind {
        PERCENT, FIXED
    }

    public static DepositPolicy percentOfTotal(BigDecimal percent, boolean roundToWholeMajorUnits) {
        return new DepositPolicy(Kind.PERCENT, percent, null, roundToWholeMajorUnits);
    }

    public static DepositPolicy fixed(Money amount) {
        return new DepositPolicy(Kind.FIXED, null, amount, false);
    }

    /** The deposit due on a booking of this total. */
    public Money depositFor(Money total) {
        Money deposit = switch (kind) {
            case PERCENT -> {
                Money share = total.percent(percent);
                yield roundToWholeMajorUnits ? share.roundedToMajor() : share;
            }
            case FIXED -> fixedAmount;
        };
        return deposit.compareTo(total) > 0 ? total : deposit;
    }
}
