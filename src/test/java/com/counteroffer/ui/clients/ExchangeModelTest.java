package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import from the window: whole files, all or nothing, duplicates asked about once. */
class ExchangeModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ExchangeModel model;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        model = new ExchangeModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void exportThenImportAsksAboutDuplicatesAndSkipsThem() {
        fixture.services().offers().add(1, Samples.bigTech());
        Path file = folder.resolve("me.json");
        model.export(Optional.of(1L), file);
        assertThat(model.statusProperty().get()).startsWith("Exported 1 client, 1 offer");
        assertThat(Files.exists(file)).isTrue();

        fixture.dialogs().answer(DuplicateChoice.SKIP);
        model.importFile(file);

        assertThat(fixture.dialogs().asked()).singleElement().asString().contains("already saved");
        assertThat(model.statusProperty().get()).contains("skipped 1 already saved");
        assertThat(fixture.session().offers()).hasSize(1);
    }

    @Test
    void aBadFileImportsNothingAndListsItsProblems() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "company,base\nContoso,lots\n");
        model.importFile(file);
        assertThat(model.problems()).isNotEmpty();
        assertThat(model.problemTitleProperty().get()).startsWith("Nothing was imported");
        assertThat(fixture.session().offers()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
