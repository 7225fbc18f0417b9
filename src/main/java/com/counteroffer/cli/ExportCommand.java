package com.counteroffer.cli;

import com.counteroffer.service.ExchangeService;
import com.counteroffer.service.InvalidInputException;
import com.counteroffer.service.Services;
import java.nio.file.Path;
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
        ExchangeService.Format chosen = format(format, file);
        RootCommand root = RootCommand.of(spec);
        String summary;
        UnreadableRowLines unreadable;
        try (Services services = root.openServices()) {
            Optional<Long> only = root.clientName() == null ? Optional.empty()
                    : Optional.of(root.client(services).id());
            try {
                summary = services.exchange().export(only, file, chosen);
            } catch (InvalidInputException e) {
                throw new BadInputException("FILE: " + e.getMessage());
            }
            unreadable = only.isPresent() ? UnreadableRowLines.of(services, only.get())
                    : UnreadableRowLines.everywhere(services);
        }
        spec.commandLine().getOut().println("Exported " + summary + " to " + file.toAbsolutePath() + ".");
        // The file holds what could be read; every row left out of it is one the export needed.
        return unreadable.finish(spec, row -> true, ExitCode.OK);
    }

    static ExchangeService.Format format(String given, Path file) {
        if (given == null) {
            return ExchangeService.Format.ofFile(file).orElseThrow(() -> new BadInputException(
                    "--format: give --format csv or --format json (FILE's extension doesn't say which)"));
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "json" -> ExchangeService.Format.JSON;
            case "csv" -> ExchangeService.Format.CSV;
            default -> throw new BadInputException("--format: expected csv or json, found \"" + given + "\"");
        };
    }
}
