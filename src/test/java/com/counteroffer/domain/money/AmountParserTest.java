package com.counteroffer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$185,000 | 185000",
        "185000 | 185000",
        "185k | 185000",
        "185K | 185000",
        "185.5k | 185500",
        "$ 185 k | 185000",
        "1.2m | 1200000",
        "0 | 0",
        "185000.49 | 185000",
        "185000.50 | 185001",
        "10,000,000 | 10000000",
        "  42,500  | 42500"})
    void readsAmountsAsPeopleTypeThem(String text, long dollars) {
        AmountParser.Result result = AmountParser.parse(text, AmountParser.MAX_AMOUNT);
        assertThat(result.error()).isNull();
        assertThat(result.dollars()).isEqualTo(dollars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "18,50,00", "1e6", "$$100", "12k5", "5.5.5", "100kk", "1,0000"})
    void refusesWhatIsNotAnAmountAndSaysHowToTypeIt(String text) {
        AmountParser.Result result = AmountParser.parse(text, AmountParser.MAX_AMOUNT);
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("185k");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-$5,000", "$-5"})
    void refusesNegativeAmounts(String text) {
        assertThat(AmountParser.parse(text, AmountParser.MAX_AMOUNT).error()).contains("negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10,000,001", "11m", "99999999999999999999999"})
    void refusesAmountsAboveTheBound(String text) {
        assertThat(AmountParser.parse(text, AmountParser.MAX_AMOUNT).error()).contains("$10,000,000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsMissingForParseButNothingForParseOptional(String text) {
        assertThat(AmountParser.parse(text, AmountParser.MAX_AMOUNT).ok()).isFalse();
        AmountParser.Result optional = AmountParser.parseOptional(text, AmountParser.MAX_AMOUNT);
        assertThat(optional.ok()).isTrue();
        assertThat(optional.dollars()).isNull();
    }
}
