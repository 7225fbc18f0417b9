package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household and accounts saved with the profile (migration V10). */
class ProfileHouseholdRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Profile profile(TaxSettings tax) {
        return new Profile(Level.SENIOR, 20, List.of(), "sf", UsState.CA, null, null, Set.of(), 300_000L, null, null,
                null, null, tax);
    }

    @Test
    void theHouseholdAndAccountsSurviveAReopen() {
        Path file = folder.resolve("household.db");
        // age 61: pre-tax 24,500 + Roth 11,250 = 35,750, the limit with the 60–63 catch-up; HSA 9,750 = 8,750 + 1,000
        Profile saved = profile(new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 24_500,
                new Household(180_000, 61, 11_250, 9_750, HsaCoverage.FAMILY, 12_000)));
        try (Database database = Database.open(file)) {
            new ProfileRepository(database, CLOCK).save(1, saved).join();
        }
        try (Database database = Database.open(file)) {
            Profile loaded = new ProfileRepository(database, CLOCK).load(1).join().orElseThrow();
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.tax().household().age()).isEqualTo(61);
        }
    }

    @Test
    void theLocalitySurvivesAReopenAndExportRoundTrip() {
        Path file = folder.resolve("locality.db");
        Profile saved = profile(new TaxSettings(FilingStatus.SINGLE, false, null, 0, Household.NONE, "philadelphia"));
        try (Database database = Database.open(file)) {
            new ProfileRepository(database, CLOCK).save(1, saved).join();
        }
        try (Database database = Database.open(file)) {
            assertThat(new ProfileRepository(database, CLOCK).load(1).join().orElseThrow().tax().locality())
                    .isEqualTo("philadelphia");
        }
    }

    @Test
    void aClearedHouseholdIsSavedAsNone() {
        try (Database database = Database.open(folder.resolve("cleared.db"))) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            repository.save(1, profile(new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 0,
                    new Household(50_000, 40, 1_000, 100, HsaCoverage.SELF, 3_000)))).join();
            Profile cleared = profile(new TaxSettings(FilingStatus.SINGLE, false, null, 0));
            repository.save(1, cleared).join();
            assertThat(repository.load(1).join().orElseThrow().tax().household()).isEqualTo(Household.NONE);
        }
    }

    @Test
    void aRowBeyondTheLimitsIsReportedUnreadableNotLoaded() throws Exception {
        try (Database database = Database.open(folder.resolve("damaged.db"))) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            repository.save(1, profile(TaxSettings.DEFAULT)).join();
            // Another tool wrote an HSA of 50,000, above any 2026 limit (the column's check is wide on purpose).
            database.submit(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE profile SET hsa = 50000 WHERE client_id = 1");
                }
                return null;
            }).join();
            List<com.counteroffer.domain.UnreadableRow> unreadable = new java.util.ArrayList<>();
            assertThat(database.submit((Connection connection) ->
                    ProfileRepository.find(connection, 1, unreadable)).join()).isEmpty();
            assertThat(unreadable).hasSize(1);
        }
    }
}
