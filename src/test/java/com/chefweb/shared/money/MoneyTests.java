package com.chefweb.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTests {

    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void keepsCentsExactly() {
        Money price = Money.ofMajor(new BigDecimal("53.50"), Money.USD);

        assertThat(price.minorUnits()).isEqualTo(5350);
        assertThat(price.times(3).toMajor()).isEqualByComparingTo("160.50");
        assertThat(price.toMajor().scale()).isEqualTo(2);
    }

    @Test
    void zeroDecimalCurrenciesHaveNoMinorUnit() {
        Money yen = Money.ofMajor(6500, JPY);

        assertThat(yen.minorUnits()).isEqualTo(6500);
        assertThat(yen.toMajor().toPlainString()).isEqualTo("6500");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMajor(new BigDecimal("10.5"), JPY));
    }

    @Test
    void refusesAmountsFinerThanTheMinorUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMajor(new BigDecimal("10.001"), Money.USD))
                .withMessageContaining("10.001");
    }

    @Test
    void percentagesRoundHalfUpToTheCent() {
        assertThat(Money.ofMinor(1001, "USD").percent(BigDecimal.valueOf(25)).minorUnits()).isEqualTo(250);
        assertThat(Money.ofMinor(1002, "USD").percent(BigDecimal.valueOf(25)).minorUnits()).isEqualTo(251);
    }

    @Test
    void roundsToWholeDollarsHalfUp() {
        assertThat(Money.ofMinor(28150, "USD").roundedToMajor().minorUnits()).isEqualTo(28200);
        assertThat(Money.ofMinor(28149, "USD").roundedToMajor().minorUnits()).isEqualTo(28100);
    }

    @Test
    void neverMixesCurrencies() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMajor(1, Money.USD).plus(Money.ofMajor(1, JPY)));
    }
}
