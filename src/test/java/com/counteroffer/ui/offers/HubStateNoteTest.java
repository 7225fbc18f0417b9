package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.RemotePolicy;
import org.junit.jupiter.api.Test;

/** The editor says which state a hub taxes in, as the take-home figures will. */
class HubStateNoteTest {

    @Test
    void aHubNamesItsStateAndRemoteOrOtherPlacesDoNot() {
        OfferEditorModel model = new OfferEditorModel();
        assertThat(model.hubStateNote(null)).isEmpty();
        model.locationProperty().set("seattle");
        assertThat(model.hubStateNote(null)).contains("Washington");
        model.locationProperty().set("austin");
        assertThat(model.hubStateNote(null)).contains("Texas");
        model.remotePolicyProperty().set(RemotePolicy.REMOTE);
        assertThat(model.hubStateNote(null)).doesNotContain("Texas");
        model.locationProperty().set("other");
        assertThat(model.hubStateNote(null)).isEmpty();
    }
}
