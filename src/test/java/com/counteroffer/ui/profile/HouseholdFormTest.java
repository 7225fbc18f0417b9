package com.counteroffer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The profile's household and accounts, driven without any controls or toolkit. */
class HouseholdFormTest {

    private final ProfileForm model = new ProfileForm();
    private final HouseholdForm household = model.household();

    @Test
    void theHouseholdComesFromTheForm() {
        model.levelProperty().set(Level.MID);
        model.filingProperty().set(FilingStatus.MARRIED_JOINT);
        household.spouseWages().textProperty().set("150k");
        household.age().textProperty().set("56");
        household.roth401k().textProperty().set("$8,000");
        household.hsa().textProperty().set("9,750");
        household.hsaCoverageProperty().set(HsaCoverage.FAMILY);
        household.propertyTax().textProperty().set("12k");
        model.k401Deferral().textProperty().set("24,500");

        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.toProfile().tax()).isEqualTo(new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 24_500,
                new Household(150_000, 56, 8_000, 9_750, HsaCoverage.FAMILY, 12_000)));
    }

    @Test
    void aSpousesWagesOnlyWhenMarriedFilingJointly() {
        model.levelProperty().set(Level.MID);
        household.spouseWages().textProperty().set("90k");

        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.householdProblemProperty().get())
                .isEqualTo("A spouse's wages apply only when married filing jointly, not single.");
        model.filingProperty().set(FilingStatus.MARRIED_JOINT);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.householdProblemProperty().get()).isEmpty();
    }

    @Test
    void theLimitsDependOnAgeAndCoverage() {
        model.levelProperty().set(Level.MID);
        // 24,500 pre-tax + 8,000 Roth = 32,500: above 24,500 without an age, the limit from 50
        model.k401Deferral().textProperty().set("24,500");
        household.roth401k().textProperty().set("8,000");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.householdProblemProperty().get()).contains("at most 24,500", "give the age");
        household.age().textProperty().set("50");
        assertThat(model.validProperty().get()).isTrue();

        // HSA 8,750 needs family coverage
        household.hsa().textProperty().set("8,750");
        assertThat(model.householdProblemProperty().get()).contains("at most 4,400", "self-only");
        household.hsaCoverageProperty().set(HsaCoverage.FAMILY);
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aBadAgeIsTheFieldsOwnMessage() {
        model.levelProperty().set(Level.MID);
        household.age().textProperty().set("7");
        household.age().reveal();

        assertThat(model.validProperty().get()).isFalse();
        assertThat(household.age().messageProperty().get()).contains("between 14 and 120");
        assertThat(model.householdProblemProperty().get()).as("one message, on the field").isEmpty();
    }

    @Test
    void loadingShowsTheSavedHouseholdAndIsNotAnEdit() {
        Profile saved = new Profile(Level.MID, null, List.of(), null, null, null, null, Set.of(), null, null, null,
                null, null, new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 0,
                        new Household(70_000, 45, 5_000, 0, HsaCoverage.SELF, 9_000)));
        model.load(saved);

        assertThat(household.spouseWages().textProperty().get()).isEqualTo("$70,000");
        assertThat(household.age().textProperty().get()).isEqualTo("45");
        assertThat(household.propertyTax().textProperty().get()).isEqualTo("$9,000");
        assertThat(model.dirtyProperty().get()).isFalse();
        household.propertyTax().textProperty().set("9k");
        assertThat(model.dirtyProperty().get()).as("the same amount retyped").isFalse();
        household.propertyTax().textProperty().set("10k");
        assertThat(model.dirtyProperty().get()).isTrue();
    }
}
