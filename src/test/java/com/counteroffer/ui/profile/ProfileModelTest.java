package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Profile screen's model: saving for the right client, never undoing the Market screen's switches. */
class ProfileModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    private ProfileModel filledIn() {
        fixture = UiFixture.open(folder);
        ProfileModel model = new ProfileModel(fixture.ui());
        model.form().levelProperty().set(Level.SENIOR);
        model.form().years().textProperty().set("7");
        model.form().currentBase().textProperty().set("$210,000");
        return model;
    }

    @Test
    void aSavedProfileReachesTheSessionAndTheStatusSaysSo() {
        ProfileModel model = filledIn();
        assertThat(model.statusProperty().get()).isEqualTo("Unsaved changes.");

        model.save();

        Profile saved = fixture.services().profiles().load(1).orElseThrow();
        assertThat(saved.level()).isEqualTo(Level.SENIOR);
        assertThat(saved.currentBase()).isEqualTo(210_000L);
        assertThat(fixture.session().profile()).isEqualTo(saved);
        assertThat(model.form().dirtyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Saved");
    }

    /** Defect found in use: a profile shown again after a save flashed "Unsaved changes", then wiped "Saved". */
    @Test
    void aProfileSavedElsewhereShowsWithoutClaimingUnsavedChanges() {
        ProfileModel model = filledIn();
        model.save();
        Profile elsewhere = fixture.services().profiles().load(1).orElseThrow();
        java.util.List<String> shown = new java.util.ArrayList<>();
        model.statusProperty().addListener((o, was, now) -> shown.add(now));

        fixture.services().profiles().save(1, new Profile(elsewhere.level(), 9, elsewhere.projects(), elsewhere.location(),
                elsewhere.stateOfResidence(), elsewhere.education(), elsewhere.targetSector(), elsewhere.premiumSkills(),
                elsewhere.currentBase(), elsewhere.currentBonus(), elsewhere.currentYearlyEquity(),
                elsewhere.unvestedEquity(), elsewhere.assumptions(), elsewhere.tax()));

        assertThat(model.form().years().textProperty().get()).isEqualTo("9");
        assertThat(model.form().dirtyProperty().get()).isFalse();
        assertThat(shown).doesNotContain("Unsaved changes.");
    }

    @Test
    void anInvalidFormShowsEveryMessageAndSavesNothing() {
        ProfileModel model = filledIn();
        model.form().years().textProperty().set("75");

        model.save();

        assertThat(fixture.services().profiles().load(1)).isEmpty();
        assertThat(model.form().years().messageProperty().get()).contains("between 0 and 60");
        assertThat(model.statusIsErrorProperty().get()).isTrue();
    }

    @Test
    void savingTheFormKeepsTheMarketSwitchesSavedSinceItWasOpened() {
        ProfileModel model = filledIn();
        model.save();
        // The Market screen switches a premium on while the profile form stays open.
        fixture.services().profiles().saveAssumptions(1, new MarketAssumptions(null, null, null, Set.of("ai_skills")));
        model.form().years().textProperty().set("8");

        model.save();

        Profile saved = fixture.services().profiles().load(1).orElseThrow();
        assertThat(saved.yearsExperience()).isEqualTo(8);
        assertThat(saved.assumptions().appliedPremiums()).containsExactly("ai_skills");
    }

    @Test
    void unsavedChangesAreAskedAboutAndSavedForTheClientTheyWereTypedFor() {
        ProfileModel model = filledIn();
        fixture.dialogs().answer(Dialogs.Unsaved.SAVE);

        assertThat(model.confirmLeave()).isTrue();

        assertThat(fixture.services().profiles().load(1).orElseThrow().currentBase()).isEqualTo(210_000L);
        fixture.switchToNew("Priya");
        assertThat(model.form().levelProperty().get()).as("Priya has no profile yet").isNull();
        assertThat(fixture.services().profiles().load(fixture.session().clientId())).isEmpty();
    }

    @Test
    void stayingKeepsTheDraftAndDiscardingGoesBackToTheSavedProfile() {
        ProfileModel model = filledIn();
        fixture.dialogs().answer(Dialogs.Unsaved.STAY).answer(Dialogs.Unsaved.DISCARD);

        assertThat(model.confirmLeave()).isFalse();
        assertThat(model.form().years().textProperty().get()).isEqualTo("7");
        assertThat(model.confirmLeave()).isTrue();
        assertThat(model.form().levelProperty().get()).isNull();
        assertThat(fixture.services().profiles().load(1)).isEmpty();
    }
}
