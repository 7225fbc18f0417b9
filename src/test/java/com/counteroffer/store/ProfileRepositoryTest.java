package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void savesAndReadsBackEveryFieldAcrossAReopen() {
        Path file = folder.resolve("profile.db");
        Profile profile = new Profile(Level.SENIOR, 8,
                List.of("Built a GPU cluster from scratch", "Led a training-platform migration"), "seattle", UsState.WA,
                Education.MS, "big_tech", Set.of("kubernetes", "gpu_orchestration"), 260_000L, 30_000L, 80_000L,
                120_000L, new MarketAssumptions(new MarketAssumptions.Factor(new BigDecimal("1.08"), "Seattle offers"),
                null, new MarketAssumptions.Factor(new BigDecimal("1.05"), ""), Set.of("ai_skills")),
                new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 24_500));
        try (Database database = Database.open(file)) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            assertThat(repository.load(1).join()).isEmpty();
            repository.save(1, profile).join();
        }
        try (Database database = Database.open(file)) {
            assertThat(new ProfileRepository(database, CLOCK).load(1).join()).contains(profile);
        }
    }

    @Test
    void keepsNewYorkCityAndMarylandCountySettings() {
        try (Database database = Database.open(folder.resolve("tax.db"))) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            Profile nyc = new Profile(Level.MID, 3, List.of(), "nyc", UsState.NY, null, null, Set.of(), 150_000L, null,
                    null, null, null, new TaxSettings(FilingStatus.HEAD_OF_HOUSEHOLD, true, null, 10_000));
            repository.save(1, nyc).join();
            assertThat(repository.load(1).join()).contains(nyc);
            Profile maryland = new Profile(Level.MID, 3, List.of(), "dc", UsState.MD, null, null, Set.of(), 150_000L,
                    null, null, null, null, new TaxSettings(FilingStatus.SINGLE, false, new BigDecimal("0.0296"), 0));
            repository.save(1, maryland).join();
            assertThat(repository.load(1).join()).contains(maryland);
        }
    }

    @Test
    void aSecondSaveReplacesProjectsAndSkillsAndEmptiesCleared() {
        try (Database database = Database.open(folder.resolve("replace.db"))) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            repository.save(1, new Profile(Level.MID, 3, List.of("a", "b"), "nyc", UsState.NY, null, null,
                    Set.of("mlops"), 150_000L, 10_000L, null, null, null)).join();
            Profile smaller = new Profile(Level.ENTRY, null, List.of("c"), null, null, null, null, Set.of(), null, null,
                    null, null, null);
            repository.save(1, smaller).join();
            assertThat(repository.load(1).join()).contains(smaller);
        }
    }

    @Test
    void theDatabaseRefusesOutOfBoundsAmountsAndKeepsTheOldProfile() {
        try (Database database = Database.open(folder.resolve("bounds.db"))) {
            ProfileRepository repository = new ProfileRepository(database, CLOCK);
            Profile good = new Profile(Level.MID, 3, List.of("kept"), null, null, null, null, Set.of(), 150_000L,
                    null, null, null, null);
            repository.save(1, good).join();
            Profile tooRich = new Profile(Level.MID, 3, List.of("lost"), null, null, null, null, Set.of(),
                    20_000_000L, null, null, null, null);
            assertThatThrownBy(() -> repository.save(1, tooRich).join()).isInstanceOf(CompletionException.class);
            assertThat(repository.load(1).join()).contains(good);
        }
    }
}
