package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.offers.OfferEditorModel.EquityKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offer form's rules, without controls. */
class OfferEditorModelTest {

    private final OfferEditorModel model = new OfferEditorModel();

    @Test
    void aBlankFormNeedsACompanyAndABase() {
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Company"))
                .anySatisfy(p -> assertThat(p).startsWith("Base salary"));
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("200k");
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void textIsHeldToTheSameLimitsAsOfferFilesAndOtherwiseKeptAsTyped() {
        model.base().textProperty().set("200k");
        model.company().textProperty().set("c".repeat(201));
        assertThat(model.problems()).containsExactly("Company: 201 characters long; the limit is 200 — shorten it.");

        model.company().textProperty().set("  Northwind Cloud ");
        model.titleProperty().set("Staff\u0000Engineer");
        model.notesProperty().set("n".repeat(10_001));
        assertThat(model.problems()).containsExactly(
                "title: a control character (U+0000) at character 6; remove it",
                "notes: 10,001 characters long; the limit is 10,000 — shorten it");

        model.titleProperty().set(" Staff engineer");
        model.notesProperty().set("\tline one\n  line two ");
        assertThat(model.problems()).isEmpty();
        Offer offer = model.toOffer();
        assertThat(offer.company()).isEqualTo("  Northwind Cloud ");
        assertThat(offer.title()).isEqualTo(" Staff engineer");
        assertThat(offer.notes()).isEqualTo("\tline one\n  line two ");
    }

    @Test
    void buildsTheCheckExampleFromTypedText() {
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("$200,000");
        model.bonusPercent().textProperty().set("15%");
        OfferEditorModel.SignOnRow signOn = model.addSignOn();
        signOn.amount().textProperty().set("50k");
        model.equityKindProperty().set(EquityKind.RSU_VALUE);
        model.grantValue().textProperty().set("400,000");
        model.vesting().presetProperty().set(VestingPreset.AMAZON);

        Offer offer = model.toOffer();

        assertThat(offer.base()).isEqualTo(200_000);
        assertThat(offer.bonus()).isEqualTo(TargetBonus.percent(new BigDecimal("15")));
        assertThat(offer.signOns()).containsExactly(SignOnPayment.lumpSum(50_000, 1));
        assertThat(offer.equity()).isInstanceOfSatisfying(RsuGrant.class, rsu -> {
            assertThat(rsu.grantValue()).isEqualTo(400_000);
            assertThat(rsu.vesting().preset()).isEqualTo(VestingPreset.AMAZON);
        });
    }

    @Test
    void customVestingMustAddUpToAHundred() {
        model.company().textProperty().set("Lattice AI");
        model.base().textProperty().set("185k");
        model.equityKindProperty().set(EquityKind.OPTIONS);
        model.shares().textProperty().set("40,000");
        model.strike().textProperty().set("$2.50");
        model.fairMarketValue().textProperty().set("2.50");
        model.vesting().presetProperty().set(null);
        model.vesting().yearlyPercents().textProperty().set("25, 25, 25");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).contains("add up to 75 %"));

        model.vesting().yearlyPercents().textProperty().set("25, 25, 25, 25");
        model.vesting().cliffMonths().textProperty().set("12");
        assertThat(model.problems()).isEmpty();
        assertThat(model.toOffer().equity()).isInstanceOfSatisfying(OptionGrant.class, options -> {
            assertThat(options.shares()).isEqualTo(40_000);
            assertThat(options.vesting().cliffMonths()).isEqualTo(12);
        });
    }

    @Test
    void theMatchIsTypedAsLettersStateIt() {
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("210k");
        model.matchRate().textProperty().set("50");
        model.matchOnFirst().textProperty().set("6%");

        RetirementMatch match = model.toOffer().match();
        assertThat(match.ratePercent()).isEqualByComparingTo("50");
        assertThat(match.onFirstPercentOfPay()).isEqualByComparingTo("6");
        assertThat(match.annualCap()).isNull();

        model.matchAnnualCap().textProperty().set("$5,000");
        Offer capped = model.toOffer();
        assertThat(capped.match().annualCap()).isEqualTo(5_000L);

        model.load(capped);
        assertThat(model.matchRate().textProperty().get()).isEqualTo("50");
        assertThat(model.matchOnFirst().textProperty().get()).isEqualTo("6");
        assertThat(model.matchAnnualCap().textProperty().get()).isEqualTo("$5,000");
        assertThat(model.dirtyProperty().get()).isFalse();
        model.matchAnnualCap().textProperty().set("");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.toOffer().match().annualCap()).isNull();
    }

    @Test
    void theMatchNeedsItsRateAndShareOfPayTogetherAndSensibleNumbers() {
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("210k");
        model.matchRate().textProperty().set("50");
        assertThat(model.problems()).containsExactly(
                "401(k) match: give both the match rate and the % of pay it is on, or neither.");

        model.matchRate().textProperty().set("");
        model.matchAnnualCap().textProperty().set("5000");
        assertThat(model.problems()).containsExactly(
                "401(k) match: a yearly cap needs the match rate and the % of pay it is on.");

        model.matchRate().textProperty().set("50");
        model.matchOnFirst().textProperty().set("101");
        model.matchAnnualCap().textProperty().set("150k");
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("401(k) match: on the first % of pay"))
                .anySatisfy(p -> assertThat(p).startsWith("401(k) match yearly cap"));

        model.matchOnFirst().textProperty().set("6");
        model.matchAnnualCap().textProperty().set("100k");
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void rsuSharesNeedAPriceAndASignOnNeedsAYear() {
        model.company().textProperty().set("X");
        model.base().textProperty().set("100k");
        model.equityKindProperty().set(EquityKind.RSU_SHARES);
        model.shares().textProperty().set("1000");
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Share price"));
        model.sharePrice().textProperty().set("$85.50");
        OfferEditorModel.SignOnRow row = model.addSignOn();
        row.amount().textProperty().set("10k");
        row.year().textProperty().set("0");
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Sign-on 1 year"));
        row.year().textProperty().set("2");
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void refusesWhatTheStoreWouldRefuseSoNothingSavedFailsToReadBack() {
        model.company().textProperty().set("Big Grant Inc");
        model.base().textProperty().set("200k");
        model.equityKindProperty().set(EquityKind.RSU_SHARES);
        model.shares().textProperty().set("1,000,000");
        model.sharePrice().textProperty().set("$150");
        // 1,000,000 × $150 = $150,000,000: above the $100,000,000 a grant may be.
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).contains("equity"));
        model.sharePrice().textProperty().set("$50");
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aHalfTypedNewOfferCountsAsChangedSoLeavingAsks() {
        model.load(null);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.company().textProperty().set("Northwind Cloud");
        assertThat(model.validProperty().get()).as("no base yet").isFalse();
        assertThat(model.dirtyProperty().get()).isTrue();
        model.company().textProperty().set("");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void loadingAnOfferAndChangingItBackIsNotAChange() {
        model.company().textProperty().set("Northwind Cloud");
        model.base().textProperty().set("200k");
        Offer offer = model.toOffer();
        model.load(offer);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.base().textProperty().set("210k");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.base().textProperty().set("$200,000");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    // ---------------------------------------------------------------- private-company equity

    @Test
    void optionsTakeTheirTypeEarlyExercisePreferencesAndDilution() {
        typeTheIssuesOptions();
        PrivateTermsInput terms = model.privateTerms();
        terms.optionTypeProperty().set(OptionType.NSO);
        terms.earlyExerciseProperty().set(true);
        terms.invested().textProperty().set("$60m");
        terms.multiple().textProperty().set("1.5x");
        terms.participatingProperty().set(true);
        terms.preferredPercent().textProperty().set("28%");
        terms.dilutionPerRound().textProperty().set("15");
        terms.roundsToExit().textProperty().set("3");

        OptionGrant options = (OptionGrant) model.toOffer().equity();

        assertThat(options.type()).isEqualTo(OptionType.NSO);
        assertThat(options.earlyExercise()).isTrue();
        assertThat(options.company().preferences()).isEqualTo(
                new Preferences(60_000_000, new BigDecimal("1.5"), true, new BigDecimal("28")));
        assertThat(options.company().dilution()).isEqualTo(new Dilution(new BigDecimal("15"), 3));
        assertThat(options.company().valuation()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(options.company().liquidity()).isEqualTo(Liquidity.AT_EXIT);
    }

    @Test
    void leftEmptyThePrivateTermsAreTheDefaultsAndOutOfRangeOnesAreNamed() {
        typeTheIssuesOptions();
        assertThat(((OptionGrant) model.toOffer().equity()).company()).isEqualTo(PrivateCompany.DEFAULTS);

        model.privateTerms().dilutionPerRound().textProperty().set("95");
        model.privateTerms().multiple().textProperty().set("11x");
        model.privateTerms().roundsToExit().textProperty().set("two");
        assertThat(model.problems()).containsExactly(
                "Preference multiple: The preference multiple must be between 0 and 10×.",
                "Dilution per round: " + model.privateTerms().dilutionPerRound().messageOf(),
                "Rounds until an exit: " + model.privateTerms().roundsToExit().messageOf());
        assertThat(model.privateTerms().dilutionPerRound().messageOf()).contains("90");
    }

    @Test
    void aPrivateCompanysRsusWithTenderOffers() {
        model.company().textProperty().set("Meridian Intelligence Lab");
        model.base().textProperty().set("310k");
        model.equityKindProperty().set(EquityKind.RSU_SHARES);
        model.shares().textProperty().set("6,000");
        model.sharePrice().textProperty().set("$250");
        PrivateTermsInput terms = model.privateTerms();
        terms.rsuPrivateProperty().set(true);
        terms.fairMarketValue().textProperty().set("$95");
        terms.fullyDilutedShares().textProperty().set("1,200,000,000");
        terms.liquidityProperty().set(Liquidity.Kind.TENDER);
        terms.tenderEvery().textProperty().set("12");
        terms.tenderSellable().textProperty().set("20");
        assertThat(model.problems()).containsExactly("First tender: required for tender offers.");

        terms.firstTender().textProperty().set("12");
        RsuGrant units = (RsuGrant) model.toOffer().equity();

        assertThat(units.isPrivate()).isTrue();
        assertThat(units.fairMarketValue()).isEqualByComparingTo("95");
        assertThat(units.fullyDilutedShares()).isEqualTo(1_200_000_000L);
        assertThat(units.company().liquidity()).isEqualTo(new Liquidity(Liquidity.Kind.TENDER, null, 12, 12,
                new BigDecimal("20"), null));

        // Fields of another kind of liquidity are not saved hidden.
        terms.liquidityProperty().set(Liquidity.Kind.DOUBLE_TRIGGER);
        terms.expiryYears().textProperty().set("7");
        assertThat(((RsuGrant) model.toOffer().equity()).company().liquidity())
                .isEqualTo(new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 7, null, null, null, null));
        terms.expiryYears().textProperty().set("16");
        assertThat(model.problems()).singleElement().asString().startsWith("Expiry: ");

        // Unticked, the same RSUs are a public company's: no private terms at all.
        terms.rsuPrivateProperty().set(false);
        RsuGrant listed = (RsuGrant) model.toOffer().equity();
        assertThat(listed.company()).isNull();
        assertThat(listed.fairMarketValue()).isNull();
        assertThat(listed.fullyDilutedShares()).isNull();
        assertThat(listed.value()).isEqualByComparingTo("1500000");
    }

    @Test
    void aPrivateCompanysRsusMustBeGivenAsSharesAtAPrice() {
        model.company().textProperty().set("Meridian Intelligence Lab");
        model.base().textProperty().set("310k");
        model.equityKindProperty().set(EquityKind.RSU_VALUE);
        model.grantValue().textProperty().set("1.5m");
        model.privateTerms().rsuPrivateProperty().set(true);

        assertThat(model.problems()).containsExactly("Private company: give the RSUs as shares × price; a private"
                + " company's units are valued per share.");
    }

    @Test
    void editingOtherFieldsNeverDropsTheSavedValuationExitOrScenarios() {
        List<ExitScenario> scenarios = List.of(new ExitScenario("Fails", 0, new BigDecimal("60")),
                new ExitScenario("Strong exit", 1_500_000_000L, new BigDecimal("40")));
        PrivateCompany valued = new PrivateCompany(ValuationBasis.SCENARIOS, 900_000_000L, new BigDecimal("30"),
                scenarios, new Preferences(60_000_000, BigDecimal.ONE, false, null), Dilution.DEFAULT,
                new Liquidity(Liquidity.Kind.TENDER, null, 12, 24, new BigDecimal("10"), null));
        OptionGrant options = new OptionGrant(60_000, new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("12"),
                300_000_000L, 25_000_000L, 3, Vesting.of(VestingPreset.STANDARD), OptionType.ISO, false, valued);
        Offer saved = Offer.basic("Quanta Loop AI", 175_000).withTerms(175_000, List.of(), options);

        model.load(saved);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.toOffer()).as("loaded and saved unchanged").isEqualTo(saved);
        model.base().textProperty().set("190k");
        model.shares().textProperty().set("70,000");
        model.privateTerms().dilutionPerRound().textProperty().set("25");

        PrivateCompany kept = ((OptionGrant) model.toOffer().equity()).company();
        assertThat(kept.valuation()).isEqualTo(ValuationBasis.SCENARIOS);
        assertThat(kept.scenarios()).isEqualTo(scenarios);
        assertThat(kept.exitValue()).isEqualTo(900_000_000L);
        assertThat(kept.exitPrice()).isEqualByComparingTo("30");
        assertThat(kept.liquidity()).as("the options' liquidity, not edited here").isEqualTo(valued.liquidity());
        assertThat(kept.dilution().percentPerRound()).isEqualByComparingTo("25");

        // The same for a private company's RSUs valued at an exit.
        RsuGrant units = new RsuGrant(null, 6_000L, new BigDecimal("250"), Vesting.of(VestingPreset.STANDARD),
                new BigDecimal("95"), null, PrivateCompany.DEFAULTS.withValuation(ValuationBasis.EXIT)
                .withExit(600_000_000_000L, null).withScenarios(scenarios));
        model.load(saved.withTerms(175_000, List.of(), units));
        assertThat(model.equityKindProperty().get()).isEqualTo(EquityKind.RSU_SHARES);
        model.notesProperty().set("Asked for more units");
        PrivateCompany rsuKept = model.toOffer().equity().company();
        assertThat(rsuKept).isEqualTo(units.company());
    }

    @Test
    void changingAPrivateTermIsAChangeAndChangingItBackIsNot() {
        typeTheIssuesOptions();
        model.load(model.toOffer());
        model.privateTerms().earlyExerciseProperty().set(true);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.privateTerms().earlyExerciseProperty().set(false);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.privateTerms().invested().textProperty().set("60m");
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    /** The issue's startup offer: 60,000 options at a $4 strike, 409A $4, preferred $12. */
    private void typeTheIssuesOptions() {
        model.company().textProperty().set("Quanta Loop AI");
        model.base().textProperty().set("175k");
        model.equityKindProperty().set(EquityKind.OPTIONS);
        model.shares().textProperty().set("60,000");
        model.strike().textProperty().set("$4");
        model.fairMarketValue().textProperty().set("4");
        model.preferredPrice().textProperty().set("12");
    }
}
