package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Offer;
import org.junit.jupiter.api.Test;

/** The bonus is read as typed: "10%" in the amount is a percent, "$15,000" in the percent an amount, "15" asked about. */
class BonusTypingTest {

    private static OfferEditorModel form() {
        OfferEditorModel model = new OfferEditorModel();
        model.company().textProperty().set("Contoso");
        model.base().textProperty().set("200k");
        return model;
    }

    @Test
    void aPercentTypedAsTheAmountBecomesAPercent() {
        OfferEditorModel model = form();
        model.bonusAsAmountProperty().set(true);
        model.bonusAmount().textProperty().set("10%");
        model.settleBonus();
        assertThat(model.bonusAsAmountProperty().get()).isFalse();
        Offer offer = model.toOffer();
        assertThat(offer.bonus().percentOfBase()).isEqualByComparingTo("10");
    }

    @Test
    void anAmountTypedAsThePercentBecomesAnAmount() {
        for (String typed : new String[] {"$15,000", "15k"}) {
            OfferEditorModel model = form();
            model.bonusPercent().textProperty().set(typed);
            model.settleBonus();
            assertThat(model.bonusAsAmountProperty().get()).as(typed).isTrue();
            assertThat(model.toOffer().bonus().amount()).as(typed).isEqualTo(15_000L);
        }
    }

    @Test
    void aBareSmallAmountIsAskedAbout() {
        OfferEditorModel model = form();
        model.bonusAsAmountProperty().set(true);
        model.bonusAmount().textProperty().set("15");
        model.settleBonus();
        assertThat(model.bonusAmount().messageOf()).isEqualTo("Is 15 a percent of base or dollars? Type 15% or $15.");
        assertThat(model.blockingFields()).contains("Bonus amount");
    }

    /** Review finding 14: the question is worded by the UI from messages.properties, not by the domain parser. */
    @Test
    void theQuestionComesFromTheMessages() {
        OfferEditorModel model = new OfferEditorModel(new com.counteroffer.testing.KeyBundle());
        model.bonusAsAmountProperty().set(true);
        model.bonusAmount().textProperty().set("15");
        model.settleBonus();
        assertThat(model.bonusAmount().messageOf()).isEqualTo("editor.bonus.ambiguous(15)");
    }
}
