package com.counteroffer.cli;

import com.counteroffer.service.DataFiles;
import com.counteroffer.service.Services;
import com.counteroffer.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counteroffer restore FILE}: replace the data with a backup, after backing up what is there. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the database from a backup file. The current state is backed up first, so a restore "
                + "can itself be undone.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore (see the backups folder beside the database).")
    private Path file;

    @Override
    public Integer call() {
        Path databaseFile = RootCommand.of(spec).databaseFile();
        Services services;
        try {
            services = RootCommand.of(spec).openServices();
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.DAMAGED && e.kind() != StoreException.Kind.NOT_A_DATABASE) {
                throw e;
            }
            // The current file can't be opened: it is moved aside whole and the backup put in its place.
            Path aside = DataFiles.restoreOverUnreadable(databaseFile, file);
            spec.commandLine().getOut().println("Restored " + file.toAbsolutePath() + ". The damaged file is kept as "
                    + aside + ".");
            return ExitCode.OK;
        }
        try (services) {
            Path before = services.backups().restore(file);
            spec.commandLine().getOut().println("Restored " + file.toAbsolutePath() + ". The data it replaced is kept in "
                    + before + ".");
        }
        return ExitCode.OK;
    }
}
