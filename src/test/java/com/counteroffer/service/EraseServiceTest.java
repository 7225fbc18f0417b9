package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasing a client for a data-removal request leaves no trace of it in the database file or its log. */
class EraseServiceTest {

    private static final String NAME = "Zebulon Quaxworthy-Mbeki";
    private static final String NOTE = "Xylophage salary secret: wants 431977 or walks";
    private static final String HOMEWORK = "Quokkaflume: ask recruiter about the refresh grant";
    private static final String COMPANY = "Vantablack Yurtworks";

    @TempDir
    Path folder;

    @Test
    void anErasedClientLeavesNoTraceInTheFileAndItsBackupsAreNamed() throws Exception {
        Path db = folder.resolve("counteroffer.db");
        try (Services services = Services.open(db)) {
            Client kept = services.clients().add("Priya Shah");
            services.notes().add(kept.id(), "Priya's note stays");
            Client gone = services.clients().add(NAME);
            fill(services, gone);
            Path before = services.backups().backupNow();
            services.clients().delete(gone.id());
            // Before the erase, a deleted client's rows are still in the file (Undo needs them).
            assertThat(traces(db)).contains(NAME);

            EraseService.Erased erased = services.erase().erase(gone);

            assertThat(erased.backups()).extracting(EraseService.HeldBackup::file).containsExactly(before);
            assertThat(erased.backups().get(0).takenAt()).isNotNull();
            assertThat(rowsNamingClient(db, gone.id())).as("rows left per table").isEmpty();
            assertThat(traces(db)).as("the client's name, note, homework and offer in the file or its log").isEmpty();
            assertThat(services.clients().list()).extracting(Client::name).contains("Priya Shah").doesNotContain(NAME);
            assertThat(services.notes().list(kept.id(), "")).hasSize(1);

            services.erase().deleteBackups(erased.backups());
            assertThat(before).doesNotExist();
            assertThat(services.erase().heldBy(gone)).isEmpty();
        }
    }

    @Test
    void clientsDeletedInAnEarlierRunAreErasedAndTheDefaultClientNeverIs() throws Exception {
        Path db = folder.resolve("counteroffer.db");
        try (Services services = Services.open(db)) {
            Client gone = services.clients().add(NAME);
            fill(services, gone);
            services.clients().delete(gone.id());

            assertThat(services.erase().eraseDeleted()).extracting(e -> e.client().id()).containsExactly(gone.id());
            assertThat(traces(db)).isEmpty();
            assertThatThrownBy(() -> services.erase().erase(services.clients().resolve(null)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("default client");
        }
    }

    private static void fill(Services services, Client client) {
        long offer = services.offers().add(client.id(), Offer.basic(COMPANY, 212_345));
        services.offers().recordRound(client.id(), offer, Offer.basic(COMPANY, 230_000),
                new RoundRequest(LocalDate.of(2026, 12, 1), ProposedBy.EMPLOYER, "Revised " + COMPANY, NOTE, false));
        services.notes().add(client.id(), NOTE);
        services.actionItems().add(client.id(), HOMEWORK, LocalDate.of(2026, 12, 9));
        services.compare().saveScenario(client.id(), services.compare().scenario(client.id()));
    }

    /** Which of the unique texts appear in the database file or its -wal, as UTF-8 or UTF-16 (either order). */
    private static List<String> traces(Path db) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (String text : List.of(NAME, NOTE, HOMEWORK, COMPANY)) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    if (indexOf(bytes, text.getBytes(charset)) >= 0 && !found.contains(text)) {
                        found.add(text);
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** "table: n" for every table that still has rows with the client's id. */
    private static List<String> rowsNamingClient(Path db, long clientId) throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' "
                    + "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'client_id')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.add("client");
            for (String table : tables) {
                String column = table.equals("client") ? "id" : "client_id";
                try (ResultSet count = statement.executeQuery(
                        "SELECT count(*) FROM " + table + " WHERE " + column + " = " + clientId)) {
                    if (count.getInt(1) > 0) {
                        left.add(table + ": " + count.getInt(1));
                    }
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM offer_version v "
                    + "WHERE NOT EXISTS (SELECT 1 FROM offer o WHERE o.id = v.offer_id)")) {
                if (count.getInt(1) > 0) {
                    left.add("offer_version without offer: " + count.getInt(1));
                }
            }
        }
        return left;
    }
}
