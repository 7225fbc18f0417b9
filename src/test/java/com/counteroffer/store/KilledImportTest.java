package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.data.OfferCsv;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.testing.HeadlessJava;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of 20,000 offers in a separate process, killed with {@code kill -9} while it writes:
 * the database is intact and holds none of the rows; the same import left to finish holds all.
 */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class KilledImportTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path folder;

    @Test
    void killedPartwayLeavesAnIntactDatabaseWithNoneOfTheRowsAndFinishingLeavesAll() throws Exception {
        Path csv = folder.resolve("twenty-thousand.csv");
        Files.writeString(csv, OfferCsv.write(List.of(new ClientBundle(null, offers(), List.of())), false),
                StandardCharsets.UTF_8);
        Path db = folder.resolve("data/counteroffer.db");
        Database.open(db).close();

        Process importing = HeadlessJava.start(List.of("import", csv.toString(), "--progress", "--db", db.toString()));
        String seen = waitForWriting(importing);
        new ProcessBuilder("kill", "-9", Long.toString(importing.pid())).inheritIO().start().waitFor();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(seen).as("the import was writing when it was killed").contains("Saving offer");
        assertThat(importing.exitValue()).as("killed, not finished").isEqualTo(128 + 9);
        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(offerCount(db)).isZero();

        HeadlessJava.Result finished = HeadlessJava.run(List.of("import", csv.toString(), "--db", db.toString()), 180);
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(offerCount(db)).isEqualTo(ROWS);
    }

    /** Reads the process's progress until it is saving offers (inside the import's transaction). */
    private static String waitForWriting(Process process) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("Saving offer")) {
                return seen.toString();
            }
        }
        return seen.toString();
    }

    private static String integrity(Path db) throws Exception {
        return query(db, "PRAGMA integrity_check");
    }

    private static int offerCount(Path db) throws Exception {
        return Integer.parseInt(query(db, "SELECT count(*) FROM offer"));
    }

    /** The first column of the first row, read through a connection of its own. */
    private static String query(Path db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<Offer> offers() throws Exception {
        Offer sample = OfferJson.read(Files.readString(Path.of("assets", "sample-offers", "sample-bigtech-amazon.json")),
                "sample");
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            var tree = OfferJson.tree(sample);
            tree.put("company", "Company " + i);
            tree.put("base", 150_000 + i);
            offers.add(OfferJson.fromTree(tree, "row " + i));
        }
        return offers;
    }
}
