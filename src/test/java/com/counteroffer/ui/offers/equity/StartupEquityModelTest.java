package com.counteroffer.ui.offers.equity;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.GrantValue;
import com.counteroffer.domain.equity.ScenarioPayout;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.EquityView;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup equity section without a window, on the issue's offer: 60,000 options at a $4 strike,
 * 409A $4, preferred $12, valued at $1.2B with 100,000,000 fully diluted shares, default dilution
 * (20 % a round over 2 rounds) and no preferences typed.
 */
class StartupEquityModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private StartupEquityModel model;
    private long startup;

    /** The issue's startup offer, on the Lattice AI sample's other terms. */
    static Offer issueOffer() {
        Offer sample = Samples.startup();
        OptionGrant options = new OptionGrant(60_000, new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("12"),
                1_200_000_000L, 100_000_000L, 3, sample.equity().vesting());
        return sample.withTerms(sample.base(), sample.signOns(), options);
    }

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        startup = fixture.services().offers().add(1, issueOffer());
        model = new StartupEquityModel(fixture.ui());
        model.show(startup, stored());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theOfferOpensAtThe409APriceWithTheShippedScenariosLabelledAsDefaults() {
        assertThat(model.appliesProperty().get()).isTrue();
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        // (409A $4 − strike $4) × 60,000 = $0.
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("0");
        assertThat(model.table().usingDefaultsProperty().get()).isTrue();
        // The defaults are multiples of today's $1.2B: 0×, 2×, 5×, 10×, at 65 / 25 / 6 / 4 %.
        assertThat(model.table().rows()).extracting(row -> row.companyValue().value())
                .containsExactly(0L, 2_400_000_000L, 6_000_000_000L, 12_000_000_000L);
        assertThat(model.table().rows()).extracting(row -> row.probability().textProperty().get())
                .containsExactly("65", "25", "6", "4");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.totalProperty().get()).isEqualTo("Total: 100 %");
        // The tax at exercise comes with the saved terms: a $4 strike at a $4 409A is a spread of $0.
        EquityView saved = model.baselineProperty().get();
        assertThat(saved.analysis().exercise().tax().spreadPerShare()).isEqualByComparingTo("0");
        assertThat(saved.analysis().exercise().costAll()).isEqualByComparingTo("240000"); // 60,000 × $4
    }

    @Test
    void thePreferredPriceValuesTheGrantAt480000AndIsSavedWithTheOffer() {
        model.valuationProperty().set(ValuationBasis.PREFERRED);

        // ($12 preferred − $4 strike) × 60,000 options = $480,000.
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("480000");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Saved with the offer.");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(company().valuation()).isEqualTo(ValuationBasis.PREFERRED);
        assertThat(company().scenarios()).as("untouched defaults are saved as the defaults").isEmpty();
        StartupEquityModel reopened = new StartupEquityModel(fixture.ui());
        reopened.show(startup, stored());
        assertThat(reopened.valuationProperty().get()).isEqualTo(ValuationBasis.PREFERRED);
    }

    @Test
    void scenariosGiveTheExpectedValueAndTheRangeWithZeroAsTheWorst() {
        model.valuationProperty().set(ValuationBasis.SCENARIOS);

        // Fully diluted at the exit: 100,000,000 ÷ 0.8² = 156,250,000 shares; no preferences typed.
        // Fails: $0 → $0. Modest: $2.4B ÷ 156.25M = $15.36; (15.36 − 4) × 60,000 = $681,600.
        // Strong: $6B → $38.40; 34.40 × 60,000 = $2,064,000. Outlier: $12B → $76.80; 72.80 × 60,000 = $4,368,000.
        // Expected: 0.25 × 681,600 + 0.06 × 2,064,000 + 0.04 × 4,368,000 = 170,400 + 123,840 + 174,720 = $468,960.
        EquityAnalysis range = model.rangeProperty().get().analysis();
        assertThat(range.scenarios()).extracting(ScenarioPayout::grantPayout)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("681600"), new BigDecimal("2064000"),
                        new BigDecimal("4368000"));
        GrantValue grant = range.grantValue();
        assertThat(grant.expected()).isEqualByComparingTo("468960");
        assertThat(grant.worst().grantValue()).isEqualByComparingTo("0");
        // 65 % of the weight sits at $0, so the median outcome is the failure too.
        assertThat(grant.median().name()).isEqualTo("Fails");
        assertThat(grant.best().grantValue()).isEqualByComparingTo("4368000");
        assertThat(grant.lowerBound()).contains("$0").contains("Carta");
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("468960");
        assertThat(GrantLines.of(range)).anySatisfy(line -> assertThat(line)
                .contains("Strong exit, 6 %: exit $6,000,000,000 → $38.40 a share")
                .contains("= $2,064,000."));
    }

    @Test
    void probabilitiesThatDoNotAddUpTo100AreRefusedWithAMessageAndNothingIsSaved() {
        model.valuationProperty().set(ValuationBasis.SCENARIOS);
        model.table().rows().get(0).probability().textProperty().set("55");

        assertThat(model.table().usingDefaultsProperty().get()).as("an edited default is the user's own").isFalse();
        assertThat(model.scenariosMessageProperty().get())
                .isEqualTo("Scenarios: the probabilities add up to 90 %; make them add up to 100 %.");
        assertThat(model.rangeProperty().get()).isNull();
        assertThat(model.totalProperty().get()).isEqualTo("Total: 90 %");
        model.save();

        assertThat(model.statusProperty().get()).startsWith("Not saved.").contains("add up to 90 %");
        assertThat(company().valuation()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);

        model.table().rows().get(1).probability().textProperty().set("35");
        assertThat(model.scenariosMessageProperty().get()).isEmpty();
        model.save();

        assertThat(company().valuation()).isEqualTo(ValuationBasis.SCENARIOS);
        assertThat(company().scenarios()).extracting(ExitScenario::probabilityPercent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("55"), new BigDecimal("35"), new BigDecimal("6"), new BigDecimal("4"));
    }

    @Test
    void aBlankNameAndABadValueAreNamedOnSave() {
        ScenarioRow added = model.table().add();
        added.probability().textProperty().set("0");
        added.companyValue().textProperty().set("lots");
        model.save();

        assertThat(model.statusProperty().get()).contains("Scenario 5: Name the scenario");
        assertThat(added.name().messageProperty().get()).startsWith("Name the scenario");
        assertThat(added.companyValue().messageProperty().get()).contains("not an amount");
        assertThat(model.scenariosMessageProperty().get()).startsWith("Scenario 5:");
        assertThat(company().scenarios()).isEmpty();
    }

    @Test
    void theTableHoldsAtMostTenRowsAndResetPutsTheDefaultsBack() {
        while (model.table().canAdd()) {
            model.table().add();
        }
        assertThat(model.table().rows()).hasSize(ScenarioTable.MAX_ROWS);
        assertThat(model.table().add()).isNull();
        model.table().remove(model.table().rows().get(9));
        assertThat(model.table().rows()).hasSize(9);
        assertThat(model.table().usingDefaultsProperty().get()).isFalse();

        model.resetToDefaults();

        assertThat(model.table().rows()).extracting(row -> row.name().textProperty().get())
                .containsExactly("Fails", "Modest acquisition", "Strong exit", "Outlier");
        assertThat(model.table().usingDefaultsProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).as("back where it was saved").isFalse();
    }

    @Test
    void anExitIsTypedAsACompanyValueOrAPricePerShareOneAtATime() {
        model.valuationProperty().set(ValuationBasis.EXIT);
        assertThat(model.chosenProperty().get()).as("no exit typed yet").isNull();
        model.save();
        assertThat(model.exitMessageProperty().get()).contains("enter the company's value at the exit");

        model.exitValue().textProperty().set("$2,000,000,000");
        // $2B ÷ 156,250,000 shares at the exit = $12.80; (12.80 − 4) × 60,000 = $528,000.
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("528000");
        assertThat(model.exitMessageProperty().get()).isEmpty();

        model.exitInputProperty().set(StartupEquityModel.ExitInput.PRICE_PER_SHARE);
        model.exitPrice().textProperty().set("$30");
        // ($30 − $4) × 60,000 = $1,560,000, with no dilution or preferences on top of a price per share.
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("1560000");
        model.save();

        assertThat(company().exitPrice()).isEqualByComparingTo("30");
        assertThat(company().exitValue()).as("only the chosen input is saved").isNull();
    }

    @Test
    void revertGoesBackToWhatIsSavedAndLeavingAsksAboutUnsavedChanges() {
        model.valuationProperty().set(ValuationBasis.PREFERRED);
        model.revert();
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.confirmLeave()).isTrue();

        model.valuationProperty().set(ValuationBasis.PREFERRED);
        fixture.dialogs().answer(Dialogs.Unsaved.STAY);
        assertThat(model.confirmLeave()).isFalse();
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.PREFERRED);
        fixture.dialogs().answer(Dialogs.Unsaved.DISCARD);
        assertThat(model.confirmLeave()).isTrue();
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
    }

    @Test
    void theSameOfferReadAgainKeepsWhatIsTypedAndAnotherOfferStartsFromItsOwnTerms() {
        model.valuationProperty().set(ValuationBasis.SCENARIOS);
        model.table().rows().get(2).name().textProperty().set("IPO");
        model.show(startup, stored());
        assertThat(model.table().rows().get(2).name().textProperty().get()).isEqualTo("IPO");
        assertThat(model.dirtyProperty().get()).isTrue();

        long other = fixture.services().offers().add(1, Samples.startup());
        model.show(other, fixture.services().offers().get(1, other).offer());
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(model.dirtyProperty().get()).isFalse();
        // Lattice AI: ($9 preferred − $2.50 strike) × 40,000 = $260,000 at the preferred price.
        model.valuationProperty().set(ValuationBasis.PREFERRED);
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("260000");
    }

    @Test
    void onlyOptionsAndPrivateSharesHaveTheSection() {
        Offer bigTech = Samples.bigTech();
        assertThat(StartupEquityModel.covered(bigTech.equity())).as("a public company's RSUs").isFalse();
        long northwind = fixture.services().offers().add(1, bigTech);
        model.show(northwind, fixture.services().offers().get(1, northwind).offer());
        assertThat(model.appliesProperty().get()).isFalse();
        assertThat(model.chosenProperty().get()).isNull();
        model.valuationProperty().set(ValuationBasis.PREFERRED);
        assertThat(model.dirtyProperty().get()).as("nothing to save for public RSUs").isFalse();

        Equity privateRsus = new RsuGrant(null, 10_000L, new BigDecimal("50"), bigTech.equity().vesting(),
                new BigDecimal("20"), 2_000_000_000L, PrivateCompany.DEFAULTS);
        assertThat(StartupEquityModel.covered(privateRsus)).isTrue();
        model.show(northwind + 100, bigTech.withTerms(bigTech.base(), bigTech.signOns(), privateRsus));
        model.valuationProperty().set(ValuationBasis.PREFERRED);
        // RSUs: shares × price, no strike: 10,000 × $50 = $500,000.
        assertThat(grant(model.chosenProperty().get())).isEqualByComparingTo("500000");
    }

    private static BigDecimal grant(EquityView view) {
        return view.analysis().grantValue().expected();
    }

    private Offer stored() {
        return fixture.services().offers().get(1, startup).offer();
    }

    private PrivateCompany company() {
        return stored().equity().company();
    }
}
