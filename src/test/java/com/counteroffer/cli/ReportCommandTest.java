package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report --client NAME --out FILE.pdf, run in-process on a temporary database. */
class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheNamedClientsReportAndSaysWhereAndHowManyPages() throws Exception {
        String db = folder.resolve("report.db").toString();
        assertThat(CliRun.of("clients", "add", "Dana Okafor", "--db", db).exitCode()).isZero();
        for (String sample : new String[] {"sample-bigtech-amazon.json", "sample-ai-startup.json"}) {
            CliRun added = CliRun.of("offers", "add", "--client", "dana okafor", "--file",
                    "assets/sample-offers/" + sample, "--db", db);
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
        Path out = folder.resolve("dana.pdf");

        CliRun run = CliRun.of("report", "--client", "Dana Okafor", "--out", out.toString(), "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(out.toAbsolutePath().toString()).containsPattern("\\(\\d+ pages\\)");
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Dana Okafor", "Northwind Cloud", "Market position", "Comparison");
            assertThat(run.out()).contains("(" + document.getNumberOfPages() + " pages)");
        }
    }

    @Test
    void theReportNamesTheCoachSetInSettingsAndTheSessionDateGiven() throws Exception {
        Path db = folder.resolve("coach.db");
        Path none = folder.resolve("none.pdf");
        assertThat(CliRun.of("report", "--out", none.toString(), "--db", db.toString()).exitCode()).isZero();
        new com.counteroffer.store.SettingsFile(db.resolveSibling(com.counteroffer.store.SettingsFile.FILE_NAME))
                .update(java.util.Map.of(com.counteroffer.store.SettingsFile.PREPARED_BY_NAME, "Ana Ruiz",
                        com.counteroffer.store.SettingsFile.PREPARED_BY_CONTACT, "ana@ruiz-coaching.example"));
        Path named = folder.resolve("named.pdf");

        CliRun run = CliRun.of("report", "--out", named.toString(), "--date", "2026-12-09", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(none.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Prepared with Counteroffer");
        }
        try (PDDocument document = Loader.loadPDF(named.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Prepared by Ana Ruiz, ana@ruiz-coaching.example").contains("Session of 9 December 2026")
                    .doesNotContain("Prepared with Counteroffer");
        }
        CliRun badDate = CliRun.of("report", "--out", named.toString(), "--date", "next week", "--db", db.toString());
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badDate.err()).contains("--date: \"next week\" is not a date");
    }

    @Test
    void theDefaultClientGetsAReportWithoutAnyData() throws Exception {
        Path out = folder.resolve("me.pdf");
        CliRun run = CliRun.of("report", "--out", out.toString(), "--db", folder.resolve("empty.db").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Me").contains("No offers are saved");
        }
    }

    @Test
    void refusesAMissingOrUnwritableFolderAndAnUnknownClient() throws Exception {
        String db = folder.resolve("refuse.db").toString();
        CliRun missing = CliRun.of("report", "--out", folder.resolve("nowhere/r.pdf").toString(), "--db", db);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");

        Path locked = Files.createDirectory(folder.resolve("locked"));
        File lockedFile = locked.toFile();
        if (lockedFile.setWritable(false, false) && !Files.isWritable(locked)) {
            CliRun unwritable = CliRun.of("report", "--out", locked.resolve("r.pdf").toString(), "--db", db);
            assertThat(unwritable.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(unwritable.err()).contains("not writable");
        }
        lockedFile.setWritable(true, false);

        CliRun unknown = CliRun.of("report", "--client", "Nobody", "--out", folder.resolve("x.pdf").toString(),
                "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.exists(folder.resolve("x.pdf"))).isFalse();

        assertThat(CliRun.of("report", "--db", db).exitCode()).as("--out is required").isEqualTo(ExitCode.USAGE);
    }
}
