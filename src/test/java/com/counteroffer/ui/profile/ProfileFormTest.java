package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form's rules, driven without any controls or toolkit. */
class ProfileFormTest {

    private final ProfileForm model = new ProfileForm();

    @Test
    void aLocalityIsOneOfTheStatesAndGivesWayToNewYorkCity() {
        ProfileForm form = new ProfileForm();
        form.setLocalities(java.util.Map.of(
                com.counteroffer.domain.tax.StateCode.PA, java.util.List.of(
                        new com.counteroffer.service.TaxService.LocalityChoice("philadelphia", "Philadelphia")),
                com.counteroffer.domain.tax.StateCode.NY, java.util.List.of(
                        new com.counteroffer.service.TaxService.LocalityChoice("yonkers", "Yonkers"))));
        form.stateProperty().set(com.counteroffer.domain.profile.UsState.PA);
        assertThat(form.localityChoices()).extracting(com.counteroffer.service.TaxService.LocalityChoice::id)
                .containsExactly("philadelphia");
        form.localityProperty().set("philadelphia");

        form.stateProperty().set(com.counteroffer.domain.profile.UsState.NY);
        assertThat(form.localityProperty().get()).as("Philadelphia is not in New York").isNull();
        form.localityProperty().set("yonkers");
        form.nycResidentProperty().set(true);
        assertThat(form.localityProperty().get()).as("New York City and Yonkers are alternatives").isNull();
        form.localityProperty().set("yonkers");
        assertThat(form.nycResidentProperty().get()).isFalse();
    }

    @Test
    void anEmptyFormNeedsALevelAndShowsNoMessagesUntilFieldsAreLeft() {
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.years().messageProperty().get()).isEmpty();
        model.levelProperty().set(Level.MID);
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aBadAmountMakesTheFormInvalidAndItsMessageAppearsWhenTheFieldIsLeft() {
        model.levelProperty().set(Level.SENIOR);
        model.currentBase().textProperty().set("lots");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.currentBase().messageProperty().get()).isEmpty();

        model.currentBase().reveal();
        assertThat(model.currentBase().messageProperty().get()).contains("not an amount");

        model.currentBase().textProperty().set("260k");
        assertThat(model.currentBase().messageProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void yearsMustBeWholeAndWithinZeroToSixty() {
        assertThat(ProfileForm.parseYears("61").error()).contains("between 0 and 60");
        assertThat(ProfileForm.parseYears("7.5").error()).contains("whole years");
        assertThat(ProfileForm.parseYears("-1").error()).contains("whole years");
        assertThat(ProfileForm.parseYears("60").value()).isEqualTo(60);
        assertThat(ProfileForm.parseYears("0").value()).isZero();
        assertThat(ProfileForm.parseYears(" ").value()).isNull();
    }

    @Test
    void buildsTheProfileFromWhatWasTyped() {
        model.levelProperty().set(Level.SENIOR);
        model.years().textProperty().set("8");
        model.newProjectProperty().set("  Built a GPU cluster from scratch ");
        assertThat(model.addProject()).isEmpty();
        model.locationProperty().set("seattle");
        model.stateProperty().set(UsState.WA);
        model.educationProperty().set(Education.MS);
        model.sectorProperty().set("big_tech");
        model.skills().add("kubernetes");
        model.currentBase().textProperty().set("$260,000");
        model.currentBonus().textProperty().set("30k");
        model.currentEquity().textProperty().set("80000");
        model.unvestedEquity().textProperty().set("");

        Profile profile = model.toProfile();

        // Text is kept as typed, as files keep it (docs/reliability.md, Input).
        assertThat(profile).isEqualTo(new Profile(Level.SENIOR, 8, List.of("  Built a GPU cluster from scratch "),
                "seattle", UsState.WA, Education.MS, "big_tech", Set.of("kubernetes"), 260_000L, 30_000L, 80_000L,
                null, MarketAssumptions.NONE));
        assertThat(profile.currentTotalComp()).isEqualTo(370_000L);
    }

    @Test
    void refusesEmptyRepeatedOrOverlongProjects() {
        model.newProjectProperty().set("   ");
        assertThat(model.addProject()).contains("Describe");
        model.newProjectProperty().set("Led a training-platform migration");
        assertThat(model.addProject()).isEmpty();
        model.newProjectProperty().set("led a TRAINING-platform migration");
        assertThat(model.addProject()).contains("already listed");
        model.newProjectProperty().set("x".repeat(201));
        assertThat(model.addProject()).contains("200");
        assertThat(model.projects()).containsExactly("Led a training-platform migration");
    }

    @Test
    void isDirtyOnlyWhileItDiffersFromWhatWasSaved() {
        Profile saved = new Profile(Level.MID, 4, List.of(), null, null, null, null, Set.of(), 185_000L, null, null,
                null, new MarketAssumptions(new MarketAssumptions.Factor(new BigDecimal("1.1"), "Bay Area"), null, null,
                Set.of("ai_skills")));
        model.load(saved);
        assertThat(model.dirtyProperty().get()).isFalse();

        model.currentBase().textProperty().set("190k");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.currentBase().textProperty().set("185k");
        assertThat(model.dirtyProperty().get()).as("185k is the saved $185,000").isFalse();

        model.skills().add("edge_ai");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.skills().remove("edge_ai");
        assertThat(model.dirtyProperty().get()).isFalse();
        // Assumptions are edited on the market screen but must survive a save from the form.
        assertThat(model.toProfile().assumptions()).isEqualTo(saved.assumptions());
    }

    @Test
    void taxSettingsComeFromTheFormAndCityResidenceOnlyWithNewYork() {
        model.levelProperty().set(Level.MID);
        model.stateProperty().set(UsState.NY);
        model.filingProperty().set(FilingStatus.MARRIED_JOINT);
        model.nycResidentProperty().set(true);
        model.k401Deferral().textProperty().set("24.5k");
        assertThat(model.toProfile().tax()).isEqualTo(new TaxSettings(FilingStatus.MARRIED_JOINT, true, null, 24_500));

        model.stateProperty().set(UsState.MD);
        model.mdCountyRate().textProperty().set("3.2");
        assertThat(model.toProfile().tax()).isEqualTo(new TaxSettings(FilingStatus.MARRIED_JOINT, false,
                new BigDecimal("0.032"), 24_500));

        model.k401Deferral().textProperty().set("30k");
        assertThat(model.validProperty().get()).as("above the 2026 limit of 24,500").isFalse();
        model.k401Deferral().reveal();
        assertThat(model.k401Deferral().messageProperty().get()).contains("$24,500");
    }

    @Test
    void refusesToBuildAnInvalidProfile() {
        model.levelProperty().set(Level.MID);
        model.years().textProperty().set("seventy");
        assertThatThrownBy(model::toProfile).isInstanceOf(IllegalStateException.class);
        model.revealAll();
        assertThat(model.years().messageProperty().get()).isNotEmpty();
    }
}
