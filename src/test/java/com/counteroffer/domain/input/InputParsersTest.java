package com.counteroffer.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One parser per kind of input: the same text means the same thing in a form, a file and a command. */
class InputParsersTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @ParameterizedTest
    @ValueSource(strings = {"15", "15%", "15 %", " 15 % ", "+15", "15.0"})
    void fifteenMeansFifteenPercentHoweverItIsWritten(String text) {
        Parsed<BigDecimal> parsed = Percents.parse(text, BigDecimal.ZERO, HUNDRED, true, "target bonus");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo("15");
    }

    @Test
    void aSmallNumberIsASmallPercentNotAFraction() {
        assertThat(Percents.parse("0.15", BigDecimal.ZERO, HUNDRED, true, "x").value()).isEqualByComparingTo("0.15");
    }

    @Test
    void negativePercentsTakeEitherMinusAndRespectTheRange() {
        BigDecimal min = BigDecimal.valueOf(-50);
        assertThat(Percents.parse("−12.5", min, HUNDRED, true, "raise").value()).isEqualByComparingTo("-12.5");
        assertThat(Percents.parse("-12.5%", min, HUNDRED, true, "raise").value()).isEqualByComparingTo("-12.5");
        assertThat(Percents.parse("-60", min, HUNDRED, true, "yearly raise").error())
                .isEqualTo("The yearly raise must be between −50 % and 100 %.");
    }

    @Test
    void badOrMissingPercentsSayWhatToType() {
        assertThat(Percents.parse("abc", BigDecimal.ZERO, HUNDRED, true, "bonus").error())
                .isEqualTo("\"abc\" is not a percent. Type it like 15 or 15%.");
        assertThat(Percents.parse(" ", BigDecimal.ZERO, HUNDRED, true, "bonus").error())
                .isEqualTo("Enter the bonus as a percent, e.g. 15.");
        assertThat(Percents.parse("", BigDecimal.ZERO, HUNDRED, false, "bonus")).isEqualTo(Parsed.of(null));
        assertThat(Percents.parse("1e3", BigDecimal.ZERO, HUNDRED, true, "bonus").ok()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "15%", "15 %", "+15"})
    void growthIsTypedAsAPercentAndHeldAsAFraction(String text) {
        assertThat(GrowthRates.parse(text, true).value()).isEqualByComparingTo("0.15");
    }

    @Test
    void growthHasOneRangeEverywhere() {
        assertThat(GrowthRates.parse("−30", true).value()).isEqualByComparingTo("-0.30");
        assertThat(GrowthRates.parse("-95", true).value()).isEqualByComparingTo("-0.95");
        assertThat(GrowthRates.parse("300", true).value()).isEqualByComparingTo("3");
        assertThat(GrowthRates.parse("1500", true).error())
                .isEqualTo("The yearly stock growth must be between −95 % and 300 %.");
        assertThat(GrowthRates.parse("-96", true).ok()).isFalse();
        assertThat(GrowthRates.format(new BigDecimal("-0.3"))).isEqualTo("−30");
        assertThat(GrowthRates.describe(new BigDecimal("0.15"))).isEqualTo("+15 %/yr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-01-11", "1/11/2027", "01/11/2027", "Jan 11, 2027", "jan 11 2027", "January 11, 2027",
        "11 Jan 2027", "  Jan  11 ,  2027 "})
    void datesAreReadInTheFormsPeopleTypeThem(String text) {
        Parsed<LocalDate> parsed = Dates.parse(text, true, "start date");
        assertThat(parsed.error()).isNull();
        assertThat(parsed.value()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void impossibleOrFarOffDatesAreRefusedWithTheReason() {
        assertThat(Dates.parse("2027-02-30", true, "deadline").error()).startsWith("\"2027-02-30\" is not a date.");
        assertThat(Dates.parse("13/01/2027", true, "deadline").ok()).isFalse();
        assertThat(Dates.parse("2207-01-11", true, "deadline").error())
                .isEqualTo("The deadline must be between 2000 and 2100.");
        assertThat(Dates.parse("", true, "deadline").error()).isEqualTo("Enter the deadline, e.g. Jan 11, 2027 or 2027-01-11.");
        assertThat(Dates.parse("", false, "deadline")).isEqualTo(Parsed.of(null));
        assertThat(Dates.format(LocalDate.of(2027, 1, 11))).isEqualTo("Jan 11, 2027");
    }

    @Test
    void amountsWholeNumbersSharesAndPrices() {
        assertThat(Amounts.parse("185k", 10_000_000, true).value()).isEqualTo(185_000L);
        assertThat(Amounts.parse("", 10_000_000, false)).isEqualTo(Parsed.of(null));
        assertThat(Amounts.parse("1e9", 10_000_000, true).ok()).isFalse();
        assertThat(Numbers.whole("7", 0, 60, true, "years").value()).isEqualTo(7);
        assertThat(Numbers.whole("61", 0, 60, true, "years").error()).isEqualTo("The years must be between 0 and 60.");
        assertThat(Numbers.shares("60,000", true).value()).isEqualTo(60_000L);
        assertThat(Numbers.price("$4.25", true).value()).isEqualByComparingTo("4.25");
        assertThat(Multipliers.parse("+10%").value()).isEqualByComparingTo("1.1");
        assertThat(Multipliers.parse("abc").error()).isEqualTo("\"abc\" is not a multiplier. Type 1.10, 110% or +10%.");
    }
}
