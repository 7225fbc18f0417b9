package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile typed for one client is saved for that client (or discarded) and never shows for the next. */
class ProfileSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ProfileModel model;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, profile(7));
        priya = fixture.services().clients().add("Priya Shah");
        fixture.services().profiles().save(priya.id(), profile(3));
        model = new ProfileModel(fixture.ui());
        fixture.session().setLeaveGuard(model::confirmLeave);
    }

    private static Profile profile(int years) {
        return new Profile(Level.SENIOR, years, List.of(), "seattle", null, null, null, Set.of(), 190_000L, null, null,
                null, MarketAssumptions.NONE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDiscardedDraftAndItsMessageLeaveWithTheClient() {
        model.form().years().textProperty().set("12");
        model.form().newProjectProperty().set("Me's half-typed project");
        assertThat(model.statusProperty().get()).isNotEmpty();
        fixture.dialogs().answer(Dialogs.Unsaved.DISCARD);

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.form().years().textProperty().get()).isEqualTo("3");
        assertThat(model.form().newProjectProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(fixture.services().profiles().load(1).orElseThrow().yearsExperience()).isEqualTo(7);
    }

    /** A save finishing after the switch announced "Profile saved" on the next client's screen. */
    @Test
    void aDraftSavedOnTheSwitchIsTheFirstClientsAndItsSavedNoteIsNotShownForTheNext() {
        model.form().years().textProperty().set("12");
        fixture.dialogs().answer(Dialogs.Unsaved.SAVE);
        fixture.tasks().holdNextOutcome();

        fixture.session().switchTo(priya, error -> { });
        fixture.tasks().deliverHeld();

        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(fixture.services().profiles().load(1).orElseThrow().yearsExperience()).isEqualTo(12);
        assertThat(fixture.services().profiles().load(priya.id()).orElseThrow().yearsExperience()).isEqualTo(3);
        assertThat(model.form().years().textProperty().get()).isEqualTo("3");
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.savingProperty().get()).isFalse();
    }
}
