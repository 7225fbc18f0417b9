package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clients list/add and --client on the other commands, run in-process on a temporary database. */
class ClientsCommandTest {

    private static final Path SAMPLE = Path.of("assets/sample-offers/sample-bigtech-amazon.json");

    @TempDir
    Path folder;

    @Test
    void addsAndListsClientsAsJson() throws Exception {
        String db = folder.resolve("clients.db").toString();
        CliRun added = CliRun.of("clients", "add", "Dana Okafor", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Dana Okafor");

        CliRun listed = CliRun.of("clients", "list", "--json", "--db", db);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode clients = new ObjectMapper().readTree(listed.out()).get("clients");
        assertThat(clients.findValuesAsText("name")).containsExactly("Dana Okafor", "Me");
        assertThat(clients.get(1).get("id").asLong()).isEqualTo(1);
        assertThat(clients.get(0).get("archived").asBoolean()).isFalse();
    }

    @Test
    void aDuplicateOrEmptyNameIsExitTwoWithTheReason() {
        String db = folder.resolve("dupes.db").toString();
        assertThat(CliRun.of("clients", "add", "Dana", "--db", db).exitCode()).isZero();

        CliRun duplicate = CliRun.of("clients", "add", "dana", "--db", db);
        assertThat(duplicate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(duplicate.err()).contains("already a client called");

        CliRun empty = CliRun.of("clients", "add", "  ", "--db", db);
        assertThat(empty.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(empty.err()).contains("Give the client a name");
    }

    @Test
    void anOfferAddedForAClientStaysWithThatClient() throws Exception {
        String db = folder.resolve("coach.db").toString();
        assertThat(CliRun.of("clients", "add", "Dana", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("clients", "add", "Other", "--db", db).exitCode()).isZero();

        CliRun added = CliRun.of("offers", "add", "--client", "DANA", "--file", SAMPLE.toString(), "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();

        assertThat(offers(db, "--client", "dana")).hasSize(1);
        assertThat(offers(db, "--client", "Other")).isEmpty();
        assertThat(offers(db)).as("the default client Me").isEmpty();
    }

    @Test
    void anUnknownClientIsExitTwoNamingTheClients() {
        String db = folder.resolve("unknown.db").toString();
        assertThat(CliRun.of("clients", "add", "Dana", "--db", db).exitCode()).isZero();

        CliRun run = CliRun.of("offers", "list", "--client", "Nobody", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no client called \"Nobody\"").contains("Dana").contains("Me");
        assertThat(CliRun.of("offers", "add", "--client", "Nobody", "--file", SAMPLE.toString(), "--db", db)
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    private static JsonNode offers(String db, String... client) throws Exception {
        String[] args = new String[client.length + 5];
        args[0] = "offers";
        args[1] = "list";
        args[2] = "--json";
        args[3] = "--db";
        args[4] = db;
        System.arraycopy(client, 0, args, 5, client.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("offers");
    }

    @Test
    void eraseNeedsYesNamesTheBackupsAndRefusesAnUnknownName() throws Exception {
        Path db = folder.resolve("erase.db");
        assertThat(CliRun.of("clients", "add", "Quillon Vexmoor", "--db", db.toString()).exitCode()).isZero();
        CliRun backup = CliRun.of("backup", "--db", db.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();

        CliRun unconfirmed = CliRun.of("clients", "erase", "Quillon Vexmoor", "--db", db.toString());
        assertThat(unconfirmed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(CliRun.of("clients", "list", "--db", db.toString()).out()).contains("Quillon Vexmoor");

        CliRun unknown = CliRun.of("clients", "erase", "Nobody Here", "--yes", "--db", db.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no client called \"Nobody Here\"");

        CliRun erased = CliRun.of("clients", "erase", "quillon vexmoor", "--yes", "--db", db.toString());
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("Erased client Quillon Vexmoor")
                // the daily backup of the second start and the one asked for both hold the client
                .contains("2 backups still hold").contains("-manual.db").contains("-daily.db")
                .contains(folder.resolve("backups").toString());
        assertThat(CliRun.of("clients", "list", "--db", db.toString()).out()).doesNotContain("Quillon Vexmoor");
        assertThat(java.nio.file.Files.readString(db, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Quillon Vexmoor");
    }
}
