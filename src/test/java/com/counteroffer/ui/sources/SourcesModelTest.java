package com.counteroffer.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sources screen's model: the dataset in use everywhere, replaced only by a file that passes every check. */
class SourcesModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private SourcesModel model;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        model = new SourcesModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theBuiltInDatasetWithEverySourceAndWhatItBacks() {
        assertThat(model.builtInProperty().get()).isTrue();
        assertThat(model.originProperty().get()).startsWith("Built in");
        assertThat(model.cards()).isNotEmpty();
        assertThat(model.cards()).anySatisfy(card -> assertThat(card.citedFor()).isNotEmpty());
    }

    @Test
    void aBadFileListsEveryProblemAndChangesNothingAGoodOneIsUsedEverywhere() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"counteroffer.market/1\"}");
        model.load(bad);
        assertThat(model.problems()).first().asString().startsWith("bad.json was not loaded");
        assertThat(model.problems()).hasSizeGreaterThan(1);
        assertThat(fixture.session().dataset().builtIn()).isTrue();

        String builtIn = new String(getClass().getResourceAsStream("/com/counteroffer/data/market-2026.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path good = folder.resolve("coach.json");
        Files.writeString(good, builtIn.replace("\"min\": 220000", "\"min\": 230000"));
        model.load(good);

        assertThat(model.problems()).isEmpty();
        assertThat(fixture.session().dataset().builtIn()).isFalse();
        assertThat(fixture.session().dataset().dataset().band(com.counteroffer.domain.market.Level.SENIOR).min())
                .isEqualTo(230_000);
        assertThat(model.originProperty().get()).startsWith("Loaded from").contains("coach.json");
        // The day in the one format every screen uses (the fixture's clock says December 2, 2026).
        assertThat(model.originProperty().get()).endsWith(" on Dec 2, 2026").doesNotContain("2026-12-02");

        model.useBuiltIn();
        assertThat(fixture.session().dataset().builtIn()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Back to the built-in dataset.");
    }
}
