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

    private static com.counteroffer.domain.offer.Offer offerDue(String company, java.time.LocalDate deadline) {
        com.counteroffer.domain.offer.Offer basic = com.counteroffer.domain.offer.Offer.basic(company, 200_000);
        return new com.counteroffer.domain.offer.Offer(basic.company(), "", null, null, null, deadline,
                com.counteroffer.domain.offer.OfferStatus.RECEIVED, null, "", false, basic.base(), basic.yearlyRaisePercent(),
                basic.bonus(), List.of(), basic.clawback(), 0, null, List.of(), null, 0, null);
    }

    /** The fixture's clock says Dec 2, 2026. */
    @Test
    void theListShowsLevelOffersNextDeadlineAndLastSessionAndHidesArchivedClients() {
        var services = fixture.services();
        Client jorge = services.clients().add("Jorge Ortiz");
        Client ada = services.clients().add("Ada Archived");
        services.offers().add(jorge.id(), offerDue("Northwind Cloud", java.time.LocalDate.of(2026, 12, 20)));
        services.offers().add(jorge.id(), offerDue("Lattice AI", java.time.LocalDate.of(2026, 12, 5)));
        services.offers().add(jorge.id(), offerDue("Expired Co", java.time.LocalDate.of(2026, 11, 1)));
        services.notes().add(jorge.id(), "First session");
        services.clients().archive(ada.id(), true);
        model.load();

        assertThat(model.clients()).extracting(Client::name).containsExactly("Jorge Ortiz", "Me");
        com.counteroffer.service.ClientOverview row = model.rows().get(0);
        assertThat(row.offerCount()).isEqualTo(3);
        assertThat(row.nextDeadline()).contains(java.time.LocalDate.of(2026, 12, 5));
        assertThat(row.lastSession()).contains(java.time.LocalDate.of(2026, 12, 2));
        assertThat(row.level()).isEmpty();

        model.showArchivedProperty().set(true);
        assertThat(model.clients()).extracting(Client::name).containsExactly("Jorge Ortiz", "Me", "Ada Archived");
        model.showArchivedProperty().set(false);
        assertThat(model.clients()).extracting(Client::name).doesNotContain("Ada Archived");
    }

    @Test
    void needsAttentionListsOverdueItemsAndDeadlinesWithinAWeekAndOpensTheirClient() {
        var services = fixture.services();
        Client jorge = services.clients().add("Jorge Ortiz");
        Client priya = services.clients().add("Priya Shah");
        services.actionItems().add(jorge.id(), "Send the counter email", java.time.LocalDate.of(2026, 11, 28));
        services.actionItems().add(jorge.id(), "Due later", java.time.LocalDate.of(2026, 12, 20));
        var done = services.actionItems().add(jorge.id(), "Done already", java.time.LocalDate.of(2026, 11, 1));
        services.actionItems().markDone(jorge.id(), done.id(), true);
        services.offers().add(priya.id(), offerDue("Lattice AI", java.time.LocalDate.of(2026, 12, 9)));
        services.offers().add(priya.id(), offerDue("Too far out", java.time.LocalDate.of(2026, 12, 10)));
        Client archived = services.clients().add("Done With");
        services.actionItems().add(archived.id(), "Old homework", java.time.LocalDate.of(2026, 11, 1));
        services.offers().add(archived.id(), offerDue("Old offer", java.time.LocalDate.of(2026, 12, 3)));
        services.clients().archive(archived.id(), true);
        model.load();

        assertThat(model.attention()).extracting(a -> a.client().name() + ": " + a.what())
                .containsExactly("Jorge Ortiz: Send the counter email", "Priya Shah: Lattice AI");
        model.open(model.attention().get(1));
        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
    }

    @Test
    void theEndOfTheUndoWindowErasesTheClientAndListsTheBackupsThatHoldIt() throws Exception {
        var services = fixture.services();
        Client jorge = services.clients().add("Jorge Ortiz");
        services.notes().add(jorge.id(), "Jorge's secret");
        Path backup = services.backups().backupNow();
        model.load();
        model.delete(jorge);
        assertThat(model.undoTextProperty().get()).contains("Jorge Ortiz");

        model.endUndoWindow();

        assertThat(model.undoTextProperty().get()).isEmpty();
        assertThat(model.eraseStatusProperty().get()).startsWith("Erased Jorge Ortiz").contains("One backup still holds");
        assertThat(model.heldBackups()).extracting(com.counteroffer.service.EraseService.HeldBackup::file)
                .containsExactly(backup);
        assertThat(services.notes().list(jorge.id(), "")).isEmpty();
        services.clients().add("Jorge Ortiz"); // the name is free again: the row is gone, not hidden
        model.deleteHeldBackups();
        assertThat(backup).doesNotExist();
        assertThat(model.heldBackups()).isEmpty();
        assertThat(model.eraseStatusProperty().get()).contains("Deleted the backup");
    }

    @Test
    void eraseNowIsRefusedForTheShownClientAndUndoBeforeTheWindowEndsKeepsEverything() {
        var services = fixture.services();
        Client jorge = services.clients().add("Jorge Ortiz");
        services.notes().add(jorge.id(), "kept");
        model.load();
        model.erase(services.clients().resolve(null));
        assertThat(model.errorProperty().get()).contains("Switch to another client before erasing");

        model.delete(jorge);
        model.undoDelete();
        model.endUndoWindow();
        assertThat(services.notes().list(jorge.id(), "")).hasSize(1);
        assertThat(model.eraseStatusProperty().get()).isEmpty();

        model.delete(jorge);
        model.eraseDeletedNow();
        assertThat(model.eraseStatusProperty().get()).contains("no backup holds them");
        assertThat(services.clients().list()).extracting(Client::name).containsExactly("Me");

        // The built-in client is never deleted, so it is never erased (and never lost from the next start).
        Client me = services.clients().list().get(0);
        fixture.switchToNew("Priya Shah");
        model.delete(me);
        assertThat(model.errorProperty().get()).contains("built-in client");
        assertThat(model.undoTextProperty().get()).isEmpty();
        assertThat(services.clients().byId(me.id())).isPresent();
    }
}
