package com.counteroffer.domain.equity;

import static com.counteroffer.domain.equity.EquityOffers.offer;
import static com.counteroffer.domain.equity.EquityOffers.options;
import static com.counteroffer.domain.equity.EquityOffers.privateUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Private-company terms out of range are refused with the term named, never an arithmetic error nor a
 * figure that can't be (a negative payout, more sold than held). The records stay permissive: an offer
 * file is read into them before its problems are reported by path.
 */
class PrivateTermsTest {

    private static final Preferences ONE_X = new Preferences(20_000_000, BigDecimal.ONE, false, BigDecimal.valueOf(25));
    private static final Dilution TWO_ROUNDS = new Dilution(BigDecimal.valueOf(20), 2);
    private static final List<ExitScenario> SALE = List.of(new ExitScenario("Sale", 50_000_000, BigDecimal.valueOf(100)));

    private static PrivateCompany terms(ValuationBasis basis, Long exitValue, BigDecimal exitPrice,
                                        List<ExitScenario> scenarios, Preferences preferences, Dilution dilution,
                                        Liquidity liquidity) {
        return new PrivateCompany(basis, exitValue, exitPrice, scenarios, preferences, dilution, liquidity);
    }

    private static PrivateCompany withDilution(Dilution dilution) {
        return terms(ValuationBasis.PREFERRED, null, null, SALE, ONE_X, dilution, Liquidity.AT_EXIT);
    }

    private static PrivateCompany withPreferences(Preferences preferences) {
        return terms(ValuationBasis.PREFERRED, null, null, SALE, preferences, TWO_ROUNDS, Liquidity.AT_EXIT);
    }

    private static PrivateCompany withScenarios(List<ExitScenario> scenarios) {
        return terms(ValuationBasis.SCENARIOS, null, null, scenarios, ONE_X, TWO_ROUNDS, Liquidity.AT_EXIT);
    }

    private static PrivateCompany withTender(Integer every, Integer first, String sellable, String price) {
        Liquidity tender = new Liquidity(Liquidity.Kind.TENDER, null, every, first,
                sellable == null ? null : new BigDecimal(sellable), price == null ? null : new BigDecimal(price));
        return terms(ValuationBasis.PREFERRED, null, null, List.of(), Preferences.NONE, TWO_ROUNDS, tender);
    }

    private static Offer optionsWith(PrivateCompany company) {
        return offer(options(100_000, "1", "1", "8", 10_000_000L, OptionType.ISO, false, company));
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(withDilution(new Dilution(BigDecimal.valueOf(100), 2)), "dilution per round", "100 %"),
                Arguments.of(withDilution(new Dilution(BigDecimal.valueOf(-5), 2)), "dilution per round", "-5 %"),
                Arguments.of(withDilution(new Dilution(BigDecimal.valueOf(20), -1)), "rounds before an exit", "-1"),
                Arguments.of(withDilution(new Dilution(BigDecimal.valueOf(20), 11)), "rounds before an exit", "11"),
                Arguments.of(withPreferences(new Preferences(-1, BigDecimal.ONE, false, null)),
                        "what preferred investors put in", "-$1"),
                Arguments.of(withPreferences(new Preferences(20_000_000, BigDecimal.valueOf(-1), false, null)),
                        "preference multiple", "-1×"),
                Arguments.of(withPreferences(new Preferences(20_000_000, BigDecimal.valueOf(11), false, null)),
                        "preference multiple", "11×"),
                Arguments.of(withPreferences(new Preferences(20_000_000, BigDecimal.ONE, false, BigDecimal.valueOf(150))),
                        "preferred stock's share of the company", "150 %"),
                Arguments.of(withScenarios(List.of(new ExitScenario("Fails", 0, BigDecimal.valueOf(-50)),
                        new ExitScenario("Sale", 100_000_000, BigDecimal.valueOf(100)))),
                        "exit scenario 1 (\"Fails\"): the probability", "-50 %"),
                Arguments.of(withScenarios(List.of(new ExitScenario("Sale", 100_000_000, BigDecimal.valueOf(150)))),
                        "exit scenario 1 (\"Sale\"): the probability", "150 %"),
                Arguments.of(withScenarios(List.of(new ExitScenario("Sale", 100_000_000, BigDecimal.valueOf(50)),
                        new ExitScenario("Debt", -5_000_000, BigDecimal.valueOf(50)))),
                        "exit scenario 2 (\"Debt\"): the company value", "-$5,000,000"),
                Arguments.of(terms(ValuationBasis.EXIT, -1L, null, List.of(), ONE_X, TWO_ROUNDS, Liquidity.AT_EXIT),
                        "exit value", "-$1"),
                Arguments.of(terms(ValuationBasis.EXIT, null, new BigDecimal("-2"), List.of(), ONE_X, TWO_ROUNDS,
                        Liquidity.AT_EXIT), "exit price", "-2"),
                Arguments.of(withTender(0, 6, "10", null), "months between tenders", "0"),
                Arguments.of(withTender(12, -1, "10", null), "first tender's month", "-1"),
                Arguments.of(withTender(12, 6, "150", null), "share of vested units one may sell", "150 %"),
                Arguments.of(withTender(12, 6, "10", "-3"), "tender price", "-3"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void aTermOutOfRangeIsRefusedNamingIt(PrivateCompany company, String term, String found) {
        assertThatThrownBy(() -> EquityAnalysis.of(optionsWith(company), null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(term).hasMessageContaining("found " + found);
    }

    @Test
    void privateUnitsWithATenderSellingMoreThanAllAreRefusedToo() {
        PrivateCompany tender = withTender(12, 6, "150", null);
        Offer units = offer(privateUnits(48_000, "100", 1_000_000L, EquityOffers.standard(), tender));

        assertThatThrownBy(() -> EquityAnalysis.of(units, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share of vested units one may sell in a tender");
    }

    @Test
    void theShareValueRefusesOnlyTheTermsItsBasisUses() {
        // At the 409A or preferred price the dilution doesn't enter a share's value (the projection asks for
        // those too); at an exit it does.
        OptionGrant diluted = options(1_000, "1", "2", "8", 10_000_000L, OptionType.ISO, false,
                withDilution(new Dilution(BigDecimal.valueOf(100), 2)).withExit(50_000_000L, null));

        assertThat(ShareValues.of(diluted, ValuationBasis.FAIR_MARKET_VALUE).expectedPrice())
                .isEqualByComparingTo("2");
        assertThat(ShareValues.of(diluted, ValuationBasis.PREFERRED).expectedPrice()).isEqualByComparingTo("8");
        assertThatThrownBy(() -> ShareValues.of(diluted, ValuationBasis.EXIT))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("dilution per round");
        assertThatThrownBy(() -> ShareValues.fullyDilutedAtExit(BigDecimal.TEN, new Dilution(BigDecimal.ONE, -1)))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds before an exit");
    }

    @Test
    void unusedScenariosOutOfRangeLeaveTheTableOutAndSaySo() {
        PrivateCompany company = terms(ValuationBasis.PREFERRED, null, null,
                List.of(new ExitScenario("Fails", 0, BigDecimal.valueOf(-50)),
                        new ExitScenario("Sale", 100_000_000, BigDecimal.valueOf(150))),
                ONE_X, TWO_ROUNDS, Liquidity.AT_EXIT);

        EquityAnalysis analysis = EquityAnalysis.of(optionsWith(company), null, null);

        // 100,000 × ($8 − $1) = $700,000 at the preferred price, whatever the scenarios say.
        assertThat(analysis.grantValue().expected()).isEqualByComparingTo("700000");
        assertThat(analysis.scenarios()).isEmpty();
        assertThat(analysis.assumptions()).anyMatch(line -> line.contains("scenario table is left out")
                && line.contains("exit scenario 1 (\"Fails\")"));
    }

    @Test
    void aValuationOfNothingImpliesNoSharesRatherThanDividingByZero() {
        // $0 ÷ $8 would be 0 shares, over which nothing can be shared: no ownership, no waterfall.
        OptionGrant nothing = new OptionGrant(1_000, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("8"), 0L, null,
                null, EquityOffers.standard(), OptionType.ISO, false, PrivateCompany.DEFAULTS);

        EquityAnalysis analysis = EquityAnalysis.of(offer(nothing), ValuationBasis.SCENARIOS, null);

        assertThat(analysis.ownership()).isNull();
        assertThat(analysis.scenarios()).isEmpty();
        assertThat(analysis.grantValue().expected()).isEqualByComparingTo("7000");
    }

    @Test
    void aValuationTooLargeForTheDefaultScenariosIsSaidNotOverflowed() {
        // $1e18 implied by a price of $1,000,000,000 × 1,000,000,000 shares: 10× of it is beyond a long.
        OptionGrant huge = options(1_000, "1", "1", "1000000000", 1_000_000_000L, OptionType.ISO, false,
                terms(ValuationBasis.PREFERRED, null, null, List.of(), Preferences.NONE, TWO_ROUNDS,
                        Liquidity.AT_EXIT));

        EquityAnalysis analysis = EquityAnalysis.of(offer(huge), null, null);

        assertThat(analysis.scenarios()).isEmpty();
        assertThat(analysis.assumptions()).anyMatch(line -> line.contains("valuation") && line.contains("at most"));
        assertThatThrownBy(() -> EquityAnalysis.of(offer(huge), ValuationBasis.SCENARIOS, null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("valuation");
    }
}
