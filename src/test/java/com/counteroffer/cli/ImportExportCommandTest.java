package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void offers() {
        db = folder.resolve("data/counteroffer.db").toString();
        for (String sample : new String[] {"sample-ai-startup.json", "sample-bigtech-amazon.json"}) {
            CliRun added = CliRun.of("offers", "add", "--file", Path.of("assets", "sample-offers", sample).toString(),
                    "--db", db);
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
    }

    @Test
    void exportsCsvAndJsonThatImportIntoAnotherDatabase() throws Exception {
        Path csv = folder.resolve("offers.csv");
        Path json = folder.resolve("clients.json");
        CliRun toCsv = CliRun.of("export", csv.toString(), "--db", db);
        CliRun toJson = CliRun.of("export", json.toString(), "--format", "json", "--db", db);
        assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
        assertThat(toJson.out()).contains("Exported 1 client, 2 offers and 0 comparisons, with 2 rounds to ");
        assertThat(Files.readString(csv)).startsWith("client,format,company,");
        assertThat(Files.readString(json)).contains("\"format\" : \"counteroffer.export/2\"");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (Path exported : List.of(csv, json)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)))
                        .as("%s is readable by its owner only", exported.getFileName()).isEqualTo("rw-------");
            }
        }

        String other = folder.resolve("other/counteroffer.db").toString();
        assertThat(CliRun.of("clients", "add", "Ana", "--db", other).exitCode()).isZero();
        CliRun imported = CliRun.of("import", csv.toString(), "--client", "Ana", "--db", other);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 2 offers from offers.csv");
        assertThat(CliRun.of("offers", "list", "--client", "Ana", "--db", other).out())
                .contains("Lattice AI").contains("Northwind Cloud");
    }

    @Test
    void duplicatesNeedAChoiceAndTheChoiceIsApplied() throws Exception {
        Path json = folder.resolve("clients.json");
        assertThat(CliRun.of("export", json.toString(), "--db", db).exitCode()).isZero();

        CliRun refused = CliRun.of("import", json.toString(), "--db", db);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("already saved: Lattice AI").contains("--duplicates skip");

        CliRun skipped = CliRun.of("import", json.toString(), "--duplicates", "skip", "--db", db);
        assertThat(skipped.out()).contains("Imported 0 offers, skipped 2 already saved");
        CliRun kept = CliRun.of("import", json.toString(), "--duplicates", "keep-both", "--db", db);
        assertThat(kept.out()).contains("Imported 2 offers");
        assertThat(CliRun.of("offers", "list", "--db", db).out().lines().filter(l -> l.contains("Lattice AI")).count())
                .isEqualTo(2);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndListsEachProblemOnStandardError() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "company,base,level\nGood Co,200000,senior\nAcme,abc,staff\n,150000,mid\n");

        CliRun run = CliRun.of("import", bad.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines()).contains(
                "bad.csv: row 3, level: expected one of entry, mid, senior, principal, found \"staff\"",
                "bad.csv: row 3, base: expected a whole number of dollars, found \"abc\"",
                "bad.csv: row 4, company: missing; add text in quotes");
        assertThat(run.err()).contains("nothing was imported");
        assertThat(CliRun.of("offers", "list", "--db", db).out()).doesNotContain("Good Co");
    }

    @Test
    void badArgumentsSayWhatToFix() {
        assertThat(CliRun.of("export", folder.resolve("x.txt").toString(), "--db", db).err())
                .contains("--format csv or --format json");
        assertThat(CliRun.of("import", folder.resolve("missing.csv").toString(), "--db", db).err())
                .contains("there is no file");
        assertThat(CliRun.of("import", folder.toString(), "--duplicates", "maybe", "--db", db).err())
                .contains("--duplicates: expected skip, replace or keep-both");
    }
    @Test
    void aFileWithThousandsOfBadRowsPrintsTheFirstHundredAndSaysThereAreMore() throws Exception {
        java.nio.file.Path bad = folder.resolve("bad.csv");
        StringBuilder csv = new StringBuilder("company,base\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Acme,lots\n");
        }
        java.nio.file.Files.writeString(bad, csv);

        CliRun run = CliRun.of("import", bad.toString(), "--db", folder.resolve("bad.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(103);
        assertThat(run.err()).contains("bad.csv: row 102: and more problems; checking stopped here after the first 100")
                .contains("nothing was imported");
    }
}
