package com.counteroffer.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run page names the dataset in use and leads to the profile or the sources. */
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
}
