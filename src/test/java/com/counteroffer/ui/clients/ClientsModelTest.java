package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.report.ReportService;
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

/** The Clients screen's model: a coach's clients, and a report for the one shown. */
class ClientsModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ClientsModel model;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        model = new ClientsModel(fixture.ui(), new ReportService(fixture.services()), opened::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addRenameDeleteUndoAndSwitch() {
        model.newNameProperty().set("Jorge Ortiz");
        model.add();
        model.newNameProperty().set("jorge ortiz");
        model.add();
        assertThat(model.errorProperty().get()).contains("already a client called");
        assertThat(model.clients()).extracting(Client::name).containsExactly("Jorge Ortiz", "Me");

        Client jorge = model.clients().get(0);
        model.rename(jorge, "Jorge Ortiz-Luna");
        assertThat(model.clients()).extracting(Client::name).contains("Jorge Ortiz-Luna");

        model.delete(model.clients().stream().filter(c -> c.id() == 1).findFirst().orElseThrow());
        assertThat(model.errorProperty().get()).as("the shown client stays").contains("Switch to another client");
        model.delete(model.clients().get(0));
        assertThat(model.clients()).extracting(Client::name).containsExactly("Me");
        assertThat(model.undoTextProperty().get()).contains("Jorge Ortiz-Luna");
        model.undoDelete();
        assertThat(model.clients()).hasSize(2);

        model.selectedProperty().set(model.clients().get(0));
        model.switchToSelected();
        assertThat(fixture.session().clientNameProperty().get()).isEqualTo("Jorge Ortiz-Luna");
        assertThat(model.undoTextProperty().get()).isEmpty();
    }

    @Test
    void theReportIsWrittenForTheClientShownAndOpened() throws Exception {
        fixture.services().offers().add(1, Samples.bigTech());
        Path report = folder.resolve(model.reportFileName());
        model.writeReport(report);
        assertThat(model.reportStatusProperty().get()).startsWith("Saved");
        assertThat(Files.size(report)).isGreaterThan(1000);
        assertThat(opened).containsExactly(report);
        assertThat(model.reportingProperty().get()).isFalse();
    }
}
