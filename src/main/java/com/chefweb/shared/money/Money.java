package com.chefweb.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor unit (cents for USD, yen for JPY), so arithmetic is exact.
 *
 * @param minorUnits the amount in minor units; negative for credits and refunds
 * @param currency the ISO 4217 currency
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public static final Currency USD = Currency.getInstance("USD");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whole major units, such as the $65 an adult pays for the essential package. */
    public static Money ofMajor(long majorUnits, Currency currency) {
        return new Money(Math.multiplyExact(majorUnits, minorPerMajor(currency)), currency);
    }

    /**
     * A decimal amount in major units; refuses amounts finer than the currency's minor unit rather than rounding
     * a price silently.
     */
    public static Money ofMajor(BigDecimal major, Currency currency) {
        BigDecimal minor = major.movePointRight(fractionDigits(currency));
        try {
            return new Money(minor.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    major.toPlainString() + " is not a whole number of " + currency.getCurrencyCode() + " minor units", e);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** The amount in major units with the currency's scale: 65.00 for USD, 6500 for JPY. */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** A percentage of this amount, rounded half-up to the minor unit. */
    public Money percent(BigDecimal percent) {
        BigDecimal exact = BigDecimal.valueOf(minorUnits).multiply(percent).movePointLeft(2);
        return new Money(exact.setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    /** Rounded half-up to whole major units, as the storefront rounds its deposit. */
    public Money roundedToMajor() {
        return ofMajor(toMajor().setScale(0, RoundingMode.HALF_UP), currency);
    }

    /** -1, 0 or 1 as the amount is negative, zero or positive (not a getter, so it never enters JSON). */
    public int signum() {
        return Long.signum(minorUnits);
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public String toString() {
        return toMajor().toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private static long minorPerMajor(Currency currency) {
        return BigDecimal.ONE.movePointRight(fractionDigits(currency)).longValueExact();
    }
}
