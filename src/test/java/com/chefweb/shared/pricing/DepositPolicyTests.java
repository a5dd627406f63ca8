package com.chefweb.shared.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.chefweb.shared.money.Money;

class DepositPolicyTests {

    private final DepositPolicy storefront = DepositPolicy.percentOfTotal(BigDecimal.valueOf(25), true);

    @Test
    void aQuarterOfTheTotalRoundedToWholeDollarsAsTheStorefrontShowsIt() {
        // 15 adults of signature (75) = 1125; a quarter is 281.25, shown as $281
        assertThat(storefront.depositFor(Money.ofMajor(1125, Money.USD))).isEqualTo(Money.ofMajor(281, Money.USD));
        // 1130 / 4 = 282.50, rounded half up to 283
        assertThat(storefront.depositFor(Money.ofMajor(1130, Money.USD))).isEqualTo(Money.ofMajor(283, Money.USD));
    }

    @Test
    void aFixedDepositIsNeverMoreThanTheTotal() {
        DepositPolicy fixed = DepositPolicy.fixed(Money.ofMajor(150, Money.USD));

        assertThat(fixed.depositFor(Money.ofMajor(1000, Money.USD))).isEqualTo(Money.ofMajor(150, Money.USD));
        assertThat(fixed.depositFor(Money.ofMajor(100, Money.USD))).isEqualTo(Money.ofMajor(100, Money.USD));
    }
}
