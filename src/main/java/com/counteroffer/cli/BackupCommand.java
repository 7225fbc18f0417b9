package com.counteroffer.cli;

import com.counteroffer.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
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
        if (out != null && (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
            throw new BadInputException("--out: the folder of " + out + " does not exist; create it or choose another.");
        }
        if (out != null && Files.isDirectory(out)) {
            throw new BadInputException("--out: " + out + " is a folder; give a file name, e.g. " + out.resolve("counteroffer-backup.db"));
        }
        try (Database database = RootCommand.of(spec).openDatabase()) {
            Path backup = join(database.backupNow());
            if (out != null) {
                Files.copy(backup, out, StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getOut().println("Backed up to " + out.toAbsolutePath() + " (also kept as " + backup + ").");
            } else {
                spec.commandLine().getOut().println("Backed up to " + backup + ".");
            }
        } catch (IOException e) {
            throw new BadInputException("--out: cannot write " + out + ": " + e.getMessage());
        }
        return ExitCode.OK;
    }

    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
