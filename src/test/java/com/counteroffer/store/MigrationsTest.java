package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void everyMigrationFileIsListedInOrder() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("migrations").toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    (a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        assertThat(Migrations.FILES).isEqualTo(onDisk);
        for (int i = 0; i < onDisk.size(); i++) {
            assertThat(version(onDisk.get(i))).as(onDisk.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
        List<String> statements = Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- trailing
                INSERT INTO a VALUES ('1');

                INSERT INTO a VALUES ('2')
                """);
        assertThat(statements).containsExactly(
                "CREATE TABLE a (x TEXT DEFAULT 'a;b')",
                "INSERT INTO a VALUES ('1')",
                "INSERT INTO a VALUES ('2')");
    }

    /**
     * Before V8 an ask the candidate recorded replaced the offer's terms. A V7 database holding one
     * gets the employer's latest terms back (keeping the negotiating status); an offer edited since
     * the ask keeps what was typed.
     */
    @Test
    void v8GivesOffersWhoseTermsAnAskReplacedTheEmployersTermsBack(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("v7.db");
        String employer = com.counteroffer.data.OfferJson.write(
                com.counteroffer.domain.offer.Offer.basic("Northwind", 200_000));
        String ask = com.counteroffer.data.OfferJson.write(com.counteroffer.domain.offer.Offer.basic("Northwind", 250_000)
                .withStatus(com.counteroffer.domain.offer.OfferStatus.NEGOTIATING));
        String edited = com.counteroffer.data.OfferJson.write(com.counteroffer.domain.offer.Offer.basic("Contoso", 190_000)
                .withStatus(com.counteroffer.domain.offer.OfferStatus.NEGOTIATING));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("CREATE TABLE schema_history (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            c.setAutoCommit(true);
            for (int v = 1; v <= 7; v++) {
                for (String part : Migrations.statements(Migrations.read(Migrations.FILES.get(v - 1)))) {
                    if (!part.startsWith("CREATE TABLE schema_history")) {
                        s.execute(part);
                    }
                }
            }
            s.execute("PRAGMA user_version = 7");
            s.execute("INSERT OR IGNORE INTO client(id, name, created_at) VALUES (1, 'Me', 'now')");
            insertOffer(c, 1, ask, "negotiating");
            insertRound(c, 1, 1, "employer", employer);
            insertRound(c, 1, 2, "candidate", ask);
            insertOffer(c, 2, edited, "negotiating");
            insertRound(c, 2, 1, "employer", employer);
            insertRound(c, 2, 2, "candidate", ask);
        }
        try (Database database = Database.open(file)) {
            OfferRepository offers = new OfferRepository(database, java.time.Clock.systemUTC());
            com.counteroffer.domain.offer.Offer restored = offers.get(1, 1).join().orElseThrow().offer();
            assertThat(restored.base()).isEqualTo(200_000);
            assertThat(restored.status()).isEqualTo(com.counteroffer.domain.offer.OfferStatus.NEGOTIATING);
            assertThat(offers.get(1, 2).join().orElseThrow().offer().company()).isEqualTo("Contoso");
            assertThat(offers.rounds(1, 1).join()).extracting(r -> r.terms().base()).containsExactly(200_000L, 250_000L);
        }
    }

    private static void insertOffer(java.sql.Connection c, long id, String document, String status) throws Exception {
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO offer(id, client_id, company, status, "
                + "is_current, document, created_at, updated_at) VALUES (?, 1, 'x', ?, 0, ?, 'now', 'now')")) {
            insert.setLong(1, id);
            insert.setString(2, status);
            insert.setString(3, document);
            insert.executeUpdate();
        }
    }

    private static void insertRound(java.sql.Connection c, long offerId, int number, String by, String document)
            throws Exception {
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO offer_version(offer_id, number, "
                + "round_date, proposed_by, label, document) VALUES (?, ?, '2026-11-20', ?, 'r', ?)")) {
            insert.setLong(1, offerId);
            insert.setInt(2, number);
            insert.setString(3, by);
            insert.setString(4, document);
            insert.executeUpdate();
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

}
