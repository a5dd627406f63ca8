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

    /** $1,125 or $1,125.00 or $ 75 or 1,125 dollars. */
    private static final Pattern AMOUNT = Pattern.compile(
            "\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?|\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s?(?:dollars|usd)\\b",
            Pattern.CASE_INSENSITIVE);

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

    /** Every amount written in the text, in cents. */
    static Set<Long> in(String text) {
        Set<Long> cents = new LinkedHashSet<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            String whole = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String fraction = matcher.group(1) != null ? matcher.group(2) : matcher.group(4);
            BigDecimal value = new BigDecimal(whole.replace(",", "") + (fraction == null ? "" : fraction));
            cents.add(value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return cents;
    }
}
