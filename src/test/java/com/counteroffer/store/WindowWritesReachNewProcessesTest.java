package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.testing.HeadlessJava;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one file, as in use: this JVM holds the database the way the window does (one
 * connection for its whole life, on the store thread); a NEW JVM runs the command line. A round the
 * window reports as saved must be what the command line prints, at once, while the window is open.
 */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class WindowWritesReachNewProcessesTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemUTC();
    private Path file;
    private long offerId;

    @BeforeEach
    void anOfferSavedBeforeTheWindowOpens() throws Exception {
        file = folder.resolve("shared.db");
        try (Database database = Database.open(file)) {
            offerId = new OfferRepository(database, clock).add(1, OfferJson.read(Files.readString(
                    Path.of("assets/sample-offers/sample-ai-startup.json")), "sample")).join();
        }
    }

    @Test
    void aRoundSavedInTheWindowIsWhatANewProcessReads() throws Exception {
        try (Database window = openAsTheWindowDoes()) {
            recordRound(window, 201_000);
            assertThat(cliBase()).isEqualTo(201_000);
        }
    }

    /**
     * On Linux, closing ANY descriptor a process has on the database file drops every POSIX lock that
     * process holds on it, SQLite's included (GTK's file chooser does it when it sniffs a ".db" file's
     * type). The next command line to exit then thinks it is the last user, checkpoints, and deletes
     * the -wal and -shm the window still writes to: from then on nothing the window saves reaches a
     * new process until the window closes.
     */
    @Test
    void aRoundIsStillVisibleAfterSomethingInTheWindowProcessOpenedAndClosedTheDatabaseFile() throws Exception {
        try (Database window = openAsTheWindowDoes()) {
            recordRound(window, 201_000);
            try (InputStream sniff = Files.newInputStream(file)) {
                sniff.readNBytes(16);
            }
            assertThat(cliBase()).as("a command line that runs and exits meanwhile").isEqualTo(201_000);

            recordRound(window, 202_000);

            assertThat(cliBase()).as("the round the window just reported as saved").isEqualTo(202_000);
        }
    }

    @Test
    void theLiveDatabaseIsNotABackupToRestoreFrom() throws Exception {
        try (Database window = openAsTheWindowDoes()) {
            recordRound(window, 201_000);
            assertThatThrownBy(() -> window.restoreFrom(file).join())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class);
            assertThat(cliBase()).isEqualTo(201_000);
            recordRound(window, 202_000);
            assertThat(cliBase()).isEqualTo(202_000);
        }
    }

    /** What the window does at start (AppContext.open and readStartupData). */
    private Database openAsTheWindowDoes() {
        Database database = Database.open(file);
        new ProfileRepository(database, clock).load(1).join();
        OfferRepository offers = new OfferRepository(database, clock);
        offers.purgeDeleted().join();
        offers.list(1).join();
        new ClientRepository(database, clock).byId(1).join();
        new MarketDatasetRepository(database, clock).active().join();
        return database;
    }

    /** What the Negotiate screen does on "Record round": the employer's new base, then the list again. */
    private void recordRound(Database window, long base) {
        OfferRepository offers = new OfferRepository(window, clock);
        Offer current = offers.get(1, offerId).join().orElseThrow().offer();
        offers.recordRound(1, offerId, current.withTerms(base, current.signOns(), current.equity()),
                        LocalDate.now(clock), ProposedBy.EMPLOYER, "Employer's answer", "", false)
                .thenCompose(round -> offers.list(1)).join();
        offers.rounds(1, offerId).join();
    }

    private long cliBase() throws Exception {
        HeadlessJava.Result result = HeadlessJava.run(List.of("--db", file.toString(), "offers", "show",
                Long.toString(offerId), "--json"), 60);
        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher base = Pattern.compile("\"base\" : (\\d+)").matcher(result.out());
        assertThat(base.find()).as(result.out()).isTrue();
        return Long.parseLong(base.group(1));
    }
}
