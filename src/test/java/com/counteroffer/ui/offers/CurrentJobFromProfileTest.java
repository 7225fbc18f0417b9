package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.profile.Profile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ticking "This is my current job" brings in the profile's pay where the form is blank, and says what it assumed. */
class CurrentJobFromProfileTest {

    private static final Profile PROFILE = new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null,
            Set.of(), 210_000L, 31_500L, 60_000L, null, null, null);

    @Test
    void blankPayComesFromTheProfileWithItsAssumptionsNamed() {
        OfferEditorModel model = new OfferEditorModel();
        model.profileSource(() -> PROFILE);
        model.company().textProperty().set("Contoso");
        model.currentProperty().set(true);

        assertThat(model.base().textProperty().get()).isEqualTo("$210,000");
        assertThat(model.bonusAsAmountProperty().get()).isTrue();
        assertThat(model.bonusAmount().textProperty().get()).isEqualTo("$31,500");
        assertThat(model.equityKindProperty().get()).isEqualTo(OfferEditorModel.EquityKind.RSU_VALUE);
        // $60,000 a year over the standard four years.
        assertThat(model.grantValue().textProperty().get()).isEqualTo("$240,000");
        assertThat(model.levelProperty().get()).isEqualTo(Level.SENIOR);
        assertThat(model.locationProperty().get()).isEqualTo("seattle");
        assertThat(model.fromProfileNoteProperty().get()).contains("From your profile")
                .contains("$60,000 a year").contains("4 years");
        Offer offer = model.toOffer();
        assertThat(offer.base()).isEqualTo(210_000);
        assertThat(((RsuGrant) offer.equity()).grantValue()).isEqualTo(240_000);
    }

    /** Review finding 13: the note was English built in code; every part of it comes from messages.properties. */
    @Test
    void theNoteIsWordedFromTheMessages() {
        OfferEditorModel model = new OfferEditorModel(new com.counteroffer.testing.KeyBundle());
        model.profileSource(() -> PROFILE);
        model.currentProperty().set(true);
        assertThat(model.fromProfileNoteProperty().get()).isEqualTo("editor.fromProfile("
                + "editor.fromProfile.base($210,000); editor.fromProfile.bonus($31,500); "
                + "editor.fromProfile.equity($60,000, $240,000, 4); editor.fromProfile.level; editor.fromProfile.location)");

        OfferEditorModel english = new OfferEditorModel();
        english.profileSource(() -> PROFILE);
        english.currentProperty().set(true);
        assertThat(english.fromProfileNoteProperty().get()).isEqualTo("From your profile: base $210,000; "
                + "bonus $31,500 (a fixed amount); equity $60,000 a year, entered as a $240,000 grant vesting over "
                + "4 years (an assumption: type your actual grant if you know it); level; location.");
    }

    @Test
    void whatWasTypedStaysAndLoadingACurrentJobChangesNothing() {
        OfferEditorModel model = new OfferEditorModel();
        model.profileSource(() -> PROFILE);
        model.base().textProperty().set("250k");
        model.currentProperty().set(true);
        assertThat(model.base().textProperty().get()).isEqualTo("250k");
        assertThat(model.bonusAmount().textProperty().get()).isEqualTo("$31,500");

        OfferEditorModel reopened = new OfferEditorModel();
        reopened.profileSource(() -> PROFILE);
        Offer saved = Offer.basic("Contoso", 190_000);
        reopened.load(new Offer(saved.company(), "", null, null, null, null, saved.status(), null, "", true, 190_000,
                saved.yearlyRaisePercent(), saved.bonus(), List.of(), saved.clawback(), 0, null, List.of(), null, 0, null));
        assertThat(reopened.base().textProperty().get()).isEqualTo("$190,000");
        assertThat(reopened.equityKindProperty().get()).isEqualTo(OfferEditorModel.EquityKind.NONE);
        assertThat(reopened.fromProfileNoteProperty().get()).isEmpty();
    }

    @Test
    void withoutAProfileNothingChanges() {
        OfferEditorModel model = new OfferEditorModel();
        model.profileSource(() -> null);
        model.currentProperty().set(true);
        assertThat(model.base().textProperty().get()).isEmpty();
        assertThat(model.fromProfileNoteProperty().get()).isEmpty();
    }
}
