package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.ClientService;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching client on the Clients screen: nothing said about one client stays on the next one's screen. */
class ClientsSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ClientsModel model;
    private final List<Path> opened = new ArrayList<>();
    private Client marcus;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        marcus = fixture.switchToNew("Marcus King");
        priya = fixture.services().clients().add("Priya Shah");
        model = new ClientsModel(fixture.ui(), new ReportService(fixture.services()), opened::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theUndoBannerTheErrorAndTheSelectionGoWithTheClient() {
        Client jorge = fixture.services().clients().add("Jorge Ortiz");
        model.load();
        model.delete(jorge);
        model.delete(model.clients().stream().filter(c -> c.id() == marcus.id()).findFirst().orElseThrow());
        assertThat(model.undoTextProperty().get()).isEqualTo("Deleted Jorge Ortiz.");
        assertThat(model.errorProperty().get()).isNotEmpty();

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.undoTextProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get()).as("the shown client is the one selected").isEqualTo(priya);
    }

    /** Defect: "Saved …Marcus King.pdf" showed on Priya's screen when the report finished after the switch. */
    @Test
    void aReportFinishingAfterTheSwitchSaysNothingOnTheNextClientsScreen() throws Exception {
        fixture.services().offers().add(marcus.id(), Samples.bigTech());
        Path report = folder.resolve(model.reportFileName());
        fixture.tasks().holdNextOutcome();
        model.writeReport(report);

        fixture.session().switchTo(priya, error -> { });
        fixture.tasks().deliverHeld();

        assertThat(Files.size(report)).as("Marcus's report is still written").isGreaterThan(1000);
        assertThat(model.reportingProperty().get()).isFalse();
        assertThat(model.reportStatusProperty().get()).doesNotContain("Marcus");
        assertThat(opened).as("not opened over Priya's session").isEmpty();
    }

    @Test
    void inCoachModeTheUnusedBuiltInClientIsNotListed() {
        fixture.ui().settings().coachModeProperty().set(true);
        model.load();
        assertThat(model.clients()).extracting(Client::name).containsExactly("Marcus King", "Priya Shah");

        fixture.services().notes().add(ClientService.DEFAULT_CLIENT_ID, "My own search");
        model.load();
        assertThat(model.clients()).extracting(Client::name).contains(ClientService.DEFAULT_CLIENT_NAME);
    }
}
