package com.counteroffer.cli;

import com.counteroffer.domain.exchange.ImportTarget;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.exchange.Duplicate;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportOutcome;
import com.counteroffer.service.ClientService;
import com.counteroffer.service.ExchangeService;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counteroffer import FILE [--client NAME] [--duplicates skip|replace|keep-both]}: all of a file, or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import offers (CSV, or one counteroffer.offer/2 or /1 file) or whole clients",
            "(counteroffer.export/2, or an older counteroffer.export/1 file).",
            "All or nothing: a file with any problem imports nothing, and every problem is listed on standard error",
            "as 'FILE: row N, field: reason' (exit code 2).",
            "Offers go to the clients the file names (added if new), else to the default client;",
            "with --client, all go to that client."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or JSON file to import.")
    private Path file;

    @Option(names = "--duplicates", paramLabel = "skip|replace|keep-both",
            description = "What to do with offers that match saved ones (same company, title and current-job flag). "
                    + "Required when there are any.")
    private String duplicates;

    @Option(names = "--progress", description = "Report progress on standard error as the import goes.")
    private boolean showProgress;

    @Override
    public Integer call() {
        DuplicateChoice choice = duplicates == null ? null : choice(duplicates);
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = showProgress ? (fraction, step) -> {
            err.println("progress " + Math.round(fraction * 100) + " % " + step);
            err.flush();
        } : ProgressListener.NONE;
        RootCommand root = RootCommand.of(spec);
        try (Services services = root.openServices()) {
            ExchangeService exchange = services.exchange();
            ImportBatch batch;
            try {
                batch = exchange.read(file, progress, () -> false);
            } catch (ImportException e) {
                return refuse(e, err);
            }
            ImportTarget target = root.clientName() == null
                    ? new ImportTarget(ClientService.DEFAULT_CLIENT_ID, false)
                    : new ImportTarget(root.client(services).id(), true);
            List<Duplicate> found;
            try {
                found = exchange.duplicates(batch, target);
            } catch (ImportException e) {
                return refuse(e, err);
            }
            if (!found.isEmpty() && choice == null) {
                for (Duplicate duplicate : found) {
                    err.println(file.getFileName() + ": already saved: " + duplicate.describe());
                }
                throw new BadInputException(ClientBundle.count(found.size(), "offer") + " in the file "
                        + (found.size() == 1 ? "is" : "are") + " already saved (listed above); nothing was imported. "
                        + "Run again with --duplicates skip, --duplicates replace or --duplicates keep-both.");
            }
            ImportOutcome outcome = exchange.importBatch(batch, target,
                    choice == null ? DuplicateChoice.KEEP_BOTH : choice, progress, () -> false);
            spec.commandLine().getOut().println(outcome.summary(batch));
        }
        return ExitCode.OK;
    }

    /** Every problem on its own line on standard error, then exit code 2: nothing was imported. */
    private static int refuse(ImportException e, PrintWriter err) {
        for (ImportProblem problem : e.problems()) {
            err.println(e.origin() + ": " + problem.describe());
        }
        err.println("counteroffer: nothing was imported; fix the " + (e.truncated()
                ? "problems above (checking stopped after the first " + ImportException.MAX_LISTED + ")"
                : e.problems().size() == 1 ? "problem above" : e.problems().size() + " problems above")
                + " and import the file again.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static DuplicateChoice choice(String given) {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "skip" -> DuplicateChoice.SKIP;
            case "replace" -> DuplicateChoice.REPLACE;
            case "keep-both" -> DuplicateChoice.KEEP_BOTH;
            default -> throw new BadInputException("--duplicates: expected skip, replace or keep-both, found \""
                    + given + "\"");
        };
    }
}
