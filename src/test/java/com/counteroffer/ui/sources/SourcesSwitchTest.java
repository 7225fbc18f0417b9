package com.counteroffer.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources on a switch: the dataset stays (it is the workspace's), its last messages go. */
class SourcesSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFailedLoadsProblemsAndTheStatusLineAreClearedOnASwitch() throws Exception {
        SourcesModel model = new SourcesModel(fixture.ui());
        String dataset = model.nameProperty().get();
        Path bad = folder.resolve("bad-dataset.json");
        Files.writeString(bad, "{not a dataset");
        model.load(bad);
        assertThat(model.problems()).isNotEmpty();
        model.useBuiltIn();
        model.load(bad);
        assertThat(model.problems()).isNotEmpty();

        Client priya = fixture.switchToNew("Priya Shah");

        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(model.problems()).isEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.nameProperty().get()).isEqualTo(dataset);
    }
}
