package com.counteroffer.cli;

import com.counteroffer.data.AtomicFiles;
import com.counteroffer.data.ClientBundle;
import com.counteroffer.data.ExportJson;
import com.counteroffer.data.OfferCsv;
import com.counteroffer.store.DataExchange;
import com.counteroffer.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counteroffer export FILE [--format csv|json] [--client NAME]}: offers, comparisons or whole clients to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every client (or the one --client names) to FILE.",
            "JSON (counteroffer.export/2) holds whole clients: profile, offers with their negotiation rounds and",
            "workspaces, saved comparisons, the compare scenario and session notes.",
            "CSV holds the offers, one row per offer, with a client column; columns are named like the JSON keys."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path file;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "csv or json; without it, taken from FILE's extension.")
    private String format;

    @Override
    public Integer call() {
        String chosen = format(format, file);
        Path target = file.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException("FILE: the folder of " + file + " does not exist; create it or choose another.");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("FILE: " + file + " is a folder; give a file name, e.g. "
                    + file.resolve("counteroffer-export." + chosen));
        }
        RootCommand root = RootCommand.of(spec);
        List<ClientBundle> clients;
        try (Database database = root.openDatabase()) {
            Optional<Long> only = root.clientName() == null ? Optional.empty()
                    : Optional.of(root.clientId(database));
            clients = BackupCommand.join(new DataExchange(database, Clock.systemUTC()).export(only));
        }
        String text = chosen.equals("json") ? ExportJson.write(clients) : OfferCsv.write(clients, true);
        write(target, text);
        spec.commandLine().getOut().println("Exported " + ClientBundle.describe(clients, chosen.equals("json"))
                + " to " + target + ".");
        return ExitCode.OK;
    }

    static String format(String given, Path file) {
        String name = given != null ? given.toLowerCase(Locale.ROOT)
                : file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("^.*\\.", "");
        if (!name.equals("csv") && !name.equals("json")) {
            throw new BadInputException(given != null ? "--format: expected csv or json, found \"" + given + "\""
                    : "--format: give --format csv or --format json (FILE's extension doesn't say which)");
        }
        return name;
    }

    private static void write(Path target, String text) {
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new BadInputException("FILE: cannot write " + target + ": " + e.getMessage());
        }
    }
}
