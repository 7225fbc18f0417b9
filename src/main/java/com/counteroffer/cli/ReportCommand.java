package com.counteroffer.cli;

import com.counteroffer.report.PdfReport;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.report.ReportData;
import com.counteroffer.domain.client.Client;
import com.counteroffer.service.InvalidInputException;
import com.counteroffer.service.OutputFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code counteroffer report --out FILE.pdf}: one client's PDF report (choose the client with --client NAME). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a PDF report for a client: profile, market position chart, offers, comparison "
                + "charts, negotiation plan, assumptions and sources.",
            "Information, not legal, tax or financial advice."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
            description = "Where to write the PDF; the folder must exist. An existing file is replaced.")
    private Path out;

    @Option(names = "--paper", paramLabel = "SIZE", description = "a4 or letter (default a4).")
    private String paper = "a4";

    @Option(names = "--date", paramLabel = "DATE", description = "The session date the report is for (default today), "
            + "e.g. 2026-12-02; deadlines in the next steps count from it. \"Prepared by\" is the coach set in the "
            + "window's Settings.")
    private String date;

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        PdfReport.Paper paperSize = switch (paper.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> PdfReport.Paper.A4;
            case "letter" -> PdfReport.Paper.LETTER;
            default -> throw new BadInputException("--paper: \"" + paper + "\" is not a paper size; use a4 or letter");
        };
        java.time.LocalDate sessionDate = null;
        if (date != null) {
            com.counteroffer.domain.input.Parsed<java.time.LocalDate> parsed =
                    com.counteroffer.domain.input.Dates.parse(date, true, "session date");
            if (!parsed.ok()) {
                throw new BadInputException("--date: " + parsed.error());
            }
            sessionDate = parsed.value();
        }
        Path databaseFile = RootCommand.of(spec).databaseFile();
        try {
            // Before the database opens: a wrong --out leaves nothing behind, not even a new database.
            new OutputFiles(databaseFile).check(out);
        } catch (InvalidInputException e) {
            throw new BadInputException("--out: " + e.getMessage());
        }
        int pages;
        UnreadableRowLines unreadable;
        try (com.counteroffer.service.Services services = com.counteroffer.service.Services.open(databaseFile)) {
            long clientId = services.clients().resolve(RootCommand.of(spec).clientName()).id();
            try {
                pages = new com.counteroffer.report.ReportService(services).write(clientId, out, paperSize,
                        sessionDate, ProgressListener.NONE, () -> false);
            } catch (InvalidInputException e) {
                throw new BadInputException("--out: " + e.getMessage());
            }
            unreadable = UnreadableRowLines.of(services, clientId);
        }
        spec.commandLine().getOut().println("Wrote " + target + " (" + pages + (pages == 1 ? " page" : " pages") + ").");
        // The report shows the offers, the scenario, the profile and each offer's plan.
        return unreadable.finish(spec, UnreadableRowLines.in(UnreadableRow.Table.OFFER, UnreadableRow.Table.SCENARIO,
                UnreadableRow.Table.PROFILE, UnreadableRow.Table.NEGOTIATION), ExitCode.OK);
    }
}
