package com.chefweb.chatbot.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.chefweb.shared.money.Money;

/** Dollar amounts as customers read them, and as they can be found again in a reply. */
final class Amounts {

    /**
     * An amount as people write one: $1,125, $1,125.00, 1,125$, USD 900, 900 dollars, 900 bucks, and the second end of
     * a range ($900-1,200). Full-width and non-breaking forms are folded first.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:\\$|\\busd|\\bus\\$)\\s?(\\d[\\d,]*(?:\\.\\d{1,2})?)(?:\\s?(?:-|–|to)\\s?\\$?(\\d[\\d,]*(?:\\.\\d{1,2})?))?"
                    + "|\\b(\\d[\\d,]*(?:\\.\\d{1,2})?)\\s?(?:\\$|dollars?\\b|bucks\\b|usd\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A bare number where a price is stated: "the total is 900", "comes to 1,125". */
    private static final Pattern STATED = Pattern.compile(
            "\\b(?:total|costs?|comes? to|would be|will be|deposit|balance|price|pay)\\b\\D{0,12}?"
                    + "(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d{1,2})?)(?![\\d.,]*\\s*(?:%|percent|guests?|people|adults?|kids?"
                    + "|children|hours?|days?|miles?))", Pattern.CASE_INSENSITIVE);
    /** Amounts beyond this are not prices; they are reported as one that no quote produced. */
    private static final BigDecimal LARGEST = new BigDecimal("100000000");

    private Amounts() {
    }

    /** {@code $1,125} for whole dollars, {@code $1,125.50} otherwise. */
    static String format(Money money) {
        BigDecimal major = money.toMajor();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        boolean whole = major.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return "$" + format.format(major);
    }

    /** Every amount written in the text, in cents; an absurd one counts as -1, which no quote produces. */
    static Set<Long> in(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace('\u00a0', ' ');
        Set<Long> cents = new LinkedHashSet<>();
        Matcher matcher = AMOUNT.matcher(folded);
        while (matcher.find()) {
            for (int group : new int[] {1, 2, 3}) {
                String written = matcher.group(group);
                if (written != null) {
                    cents.add(centsOf(written));
                }
            }
        }
        Matcher stated = STATED.matcher(folded);
        while (stated.find()) {
            long value = centsOf(stated.group(1));
            if (value < 0 || value >= 50_00) {
                cents.add(value);
            }
        }
        return cents;
    }

    private static long centsOf(String written) {
        try {
            BigDecimal value = new BigDecimal(written.replace(",", ""));
            return value.compareTo(LARGEST) > 0 ? -1 : value.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }
}
