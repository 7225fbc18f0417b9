package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.offers.OfferEditorModel.EquityKind;
import java.math.BigDecimal;
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
}
