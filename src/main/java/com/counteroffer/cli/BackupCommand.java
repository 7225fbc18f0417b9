package com.counteroffer.cli;

import com.counteroffer.service.InvalidInputException;
import com.counteroffer.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code counteroffer backup [--out FILE]}: a consistent copy of the database, now. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the database now (into the backups folder beside it, or to --out FILE).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Also copy the backup to this file.")
    private Path out;

    @Override
    public Integer call() {
        try (Services services = RootCommand.of(spec).openServices()) {
            if (out == null) {
                spec.commandLine().getOut().println("Backed up to " + services.backups().backupNow() + ".");
            } else {
                Path backup;
                try {
                    backup = services.backups().backupTo(out);
                } catch (InvalidInputException e) {
                    throw new BadInputException("--out: " + e.getMessage());
                }
                spec.commandLine().getOut().println("Backed up to " + out.toAbsolutePath() + " (also kept as " + backup
                        + ").");
            }
        }
        return ExitCode.OK;
    }
}
