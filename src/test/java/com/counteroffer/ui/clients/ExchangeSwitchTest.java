package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export messages name a client's data: they leave with a switch, and a late one is not said. */
class ExchangeSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ExchangeModel model;
    private Client marcus;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        marcus = fixture.switchToNew("Marcus King");
        fixture.services().offers().add(marcus.id(), Samples.bigTech());
        priya = fixture.services().clients().add("Priya Shah");
        model = new ExchangeModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anImportsProblemsAndStatusLeaveWithTheClient() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{not json");
        model.importFile(bad);
        assertThat(model.statusProperty().get() + model.problemTitleProperty().get()).isNotEmpty();

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.problemTitleProperty().get()).isEmpty();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void anExportFinishingAfterTheSwitchIsNotAnnouncedOnTheNextClientsScreen() throws Exception {
        Path file = folder.resolve("Counteroffer - Marcus King.json");
        fixture.tasks().holdNextOutcome();
        model.export(Optional.of(marcus.id()), file);

        fixture.session().switchTo(priya, error -> { });
        fixture.tasks().deliverHeld();

        assertThat(Files.readString(file)).contains("Marcus King");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).doesNotContain("Marcus").isEmpty();
    }
}
