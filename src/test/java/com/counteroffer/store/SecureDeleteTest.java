package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is deleted is gone: a purged offer leaves none of its text in the database file or its log. */
class SecureDeleteTest {

    private static final String COMPANY = "Qzxv Unrepeatable Widgets 7c1f";

    @TempDir
    Path folder;

    @Test
    void aPurgedOffersTextIsNotLeftInTheFileOrItsLog() throws Exception {
        Path db = folder.resolve("counteroffer.db");
        Instant deletedAt = Instant.parse("2026-01-10T10:00:00Z");
        try (Database database = Database.open(db)) {
            OfferRepository offers = new OfferRepository(database, Clock.fixed(deletedAt, ZoneOffset.UTC));
            long id = offers.add(1, offer()).join();
            offers.delete(1, id).join();
        }
        assertThat(contains(db, COMPANY)).as("the deleted offer is kept for Undo until it is purged").isTrue();

        try (Database database = Database.open(db)) {
            OfferRepository later = new OfferRepository(database,
                    Clock.fixed(deletedAt.plus(Duration.ofDays(31)), ZoneOffset.UTC));
            assertThat(later.purgeDeleted().join()).isEqualTo(1);
            database.submit(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(FULL)")) {
                    r.next();
                }
                return null;
            }).join();
            assertThat(contains(db, COMPANY)).as("the database file after the purge").isFalse();
            assertThat(contains(StoreFiles.wal(db), COMPANY)).as("its write-ahead log after a checkpoint").isFalse();
        }
        assertThat(contains(db, COMPANY)).as("the database file once closed").isFalse();
    }

    private static Offer offer() {
        var tree = OfferJson.tree(Samples.bigTech());
        tree.put("company", COMPANY);
        return OfferJson.fromTree(tree, "test");
    }

    private static boolean contains(Path file, String text) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
