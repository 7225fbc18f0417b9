package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.StateCode;
import org.junit.jupiter.api.Test;

/** Choosing a hub fills in its state when none is chosen, and follows the hub while the state is the hub's. */
class HubStateTest {

    @Test
    void theDomainKnowsEachHubsState() {
        assertThat(TaxProfile.hubState("sf")).contains(StateCode.CA);
        assertThat(TaxProfile.hubState("seattle")).contains(StateCode.WA);
        assertThat(TaxProfile.hubState("nyc")).contains(StateCode.NY);
        assertThat(TaxProfile.hubState("austin")).contains(StateCode.TX);
        assertThat(TaxProfile.hubState("remote")).isEmpty();
    }

    @Test
    void aHubFillsABlankStateAndAChosenStateStays() {
        ProfileForm form = new ProfileForm();
        form.locationProperty().set("sf");
        assertThat(form.stateProperty().get()).isEqualTo(UsState.CA);
        // Still the hub's state: moving to another hub moves it too.
        form.locationProperty().set("seattle");
        assertThat(form.stateProperty().get()).isEqualTo(UsState.WA);
        // A state the user chose is theirs (someone in New Jersey working in New York City).
        form.stateProperty().set(UsState.NJ);
        form.locationProperty().set("nyc");
        assertThat(form.stateProperty().get()).isEqualTo(UsState.NJ);
        form.locationProperty().set("remote");
        assertThat(form.stateProperty().get()).isEqualTo(UsState.NJ);
    }
}
