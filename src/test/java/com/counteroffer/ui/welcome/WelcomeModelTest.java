package com.counteroffer.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.service.ExchangeService;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run page names the dataset in use, walks through every step, and brings data in. */
class WelcomeModelTest {

    @Test
    void namesTheDatasetAndLeadsOn(@TempDir Path folder) {
        try (UiFixture fixture = UiFixture.open(folder)) {
            WelcomeModel model = new WelcomeModel(fixture.ui());
            assertThat(model.datasetLine().get()).startsWith("Market data: ").contains("2026").contains("sources");
            model.openProfile();
            model.openSources();
            assertThat(fixture.navigated()).containsExactly(Screen.PROFILE, Screen.SOURCES);
        }
    }

    @Test
    void howItWorksCoversEveryStepEachOpeningItsScreen(@TempDir Path folder) {
        try (UiFixture fixture = UiFixture.open(folder)) {
            WelcomeModel model = new WelcomeModel(fixture.ui());
            assertThat(model.steps()).extracting(WelcomeModel.Step::screen).containsExactly(Screen.PROFILE,
                    Screen.MARKET, Screen.OFFERS, Screen.COMPARE, Screen.NEGOTIATE);
            assertThat(model.steps()).allSatisfy(step -> {
                assertThat(step.link()).isNotBlank();
                assertThat(step.text()).isNotBlank();
            });
            model.steps().forEach(model::open);
            assertThat(fixture.navigated()).containsExactly(Screen.PROFILE, Screen.MARKET, Screen.OFFERS,
                    Screen.COMPARE, Screen.NEGOTIATE);
        }
    }

    @Test
    void aFreshDatabaseOffersToImportAndTheImportBringsTheOffersIn(@TempDir Path folder) {
        // An export from another computer: one offer.
        Path export = folder.resolve("mine.json");
        try (Services other = Services.open(folder.resolve("other.db"))) {
            other.offers().add(1, Samples.bigTech());
            other.exchange().export(Optional.of(1L), export, ExchangeService.Format.JSON);
        }
        try (UiFixture fixture = UiFixture.open(folder)) {
            WelcomeModel model = new WelcomeModel(fixture.ui());
            assertThat(model.freshProperty().get()).as("nothing saved yet").isTrue();

            fixture.dialogs().answer(export);
            model.importMyData();

            assertThat(fixture.services().offers().list(1)).extracting(stored -> stored.offer().company())
                    .contains("Northwind Cloud");
            assertThat(model.importStatusProperty().get()).isNotBlank();
            fixture.session().reload();
            assertThat(model.freshProperty().get()).as("data is in: no more offer to import").isFalse();
        }
    }

    @Test
    void aDatabaseWithDataDoesNotOfferTheImport(@TempDir Path folder) {
        try (UiFixture fixture = UiFixture.open(folder)) {
            fixture.services().offers().add(1, Samples.bigTech());
            fixture.session().reload();
            assertThat(new WelcomeModel(fixture.ui()).freshProperty().get()).isFalse();
        }
    }
}
