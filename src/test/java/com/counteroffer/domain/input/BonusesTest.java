package com.counteroffer.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** "10%" is a share of base, "$15,000" and "15k" amounts, and a bare "15" is asked about, never guessed. */
class BonusesTest {

    @Test
    void percentsAndAmountsAsTyped() {
        assertThat(Bonuses.parse("10%", 10_000_000).value()).isEqualTo(new Bonuses.Bonus(BigDecimal.TEN, null));
        assertThat(Bonuses.parse("12.5 %", 10_000_000).value().percentOfBase()).isEqualByComparingTo("12.5");
        assertThat(Bonuses.parse("$15,000", 10_000_000).value()).isEqualTo(new Bonuses.Bonus(null, 15_000L));
        assertThat(Bonuses.parse("15k", 10_000_000).value()).isEqualTo(new Bonuses.Bonus(null, 15_000L));
        assertThat(Bonuses.parse("25000", 10_000_000).value()).isEqualTo(new Bonuses.Bonus(null, 25_000L));
        assertThat(Bonuses.parse(" ", 10_000_000).value()).isNull();
    }

    @Test
    void aBareSmallNumberIsAQuestion() {
        Parsed<Bonuses.Bonus> bare = Bonuses.parse("15", 10_000_000);
        assertThat(bare.ok()).isFalse();
        // Review finding 14: a code and the number typed, no English: the UI words the question.
        assertThat(bare.error()).isNull();
        assertThat(bare.ambiguity()).isEqualTo(new Parsed.Ambiguity(Parsed.Ambiguity.Kind.PERCENT_OR_DOLLARS, "15"));
        assertThat(Bonuses.parse("250%", 10_000_000).error()).contains("between 0 % and 200 %");
    }

    @Test
    void whatIsPlainlyAnAmountWhereAPercentWasAskedFor() {
        assertThat(Bonuses.plainlyAnAmount("$15,000")).isTrue();
        assertThat(Bonuses.plainlyAnAmount("15k")).isTrue();
        assertThat(Bonuses.plainlyAnAmount("30000")).isTrue();
        assertThat(Bonuses.plainlyAnAmount("15")).isFalse();
        assertThat(Bonuses.plainlyAnAmount("15%")).isFalse();
    }
}
