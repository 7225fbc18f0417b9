package com.counteroffer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.cli.StartupOptions;
import com.counteroffer.testing.FileStates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's first start on a new data folder, as the launcher runs it (log file, database, lock,
 * settings), and a second start (which makes the daily backup): nobody but the user may enter the
 * folder or read a file in it, from the first file on.
 */
class OwnerOnlyDataFolderTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileStates.posix(), "POSIX permissions only");
    }

    @Test
    void everyFolderIsRwxForTheOwnerOnlyAndEveryFileRwFromTheFirstStart() throws Exception {
        Path data = folder.resolve("data");
        Path db = data.resolve("counteroffer.db");

        try (Session session = start(db)) {
            Logger.getLogger("com.counteroffer.test").warning("A warning the log file keeps");
            assertThat(data.resolve("logs/counteroffer-0.log")).isNotEmptyFile();
            assertThat(data.resolve("counteroffer.db.lock")).exists();
            assertThat(FileStates.notOwnerOnly(data)).as("while the window is open").isEmpty();
            session.context().settings().coachModeProperty().set(true); // so closing saves the settings
        }
        assertThat(data.resolve("settings.properties")).exists();
        assertThat(FileStates.notOwnerOnly(data)).as("after the window closed").isEmpty();

        try (Session session = start(db)) {
            assertThat(data.resolve("backups")).isNotEmptyDirectory();
            assertThat(FileStates.notOwnerOnly(data)).as("on the second start, with the daily backup").isEmpty();
        }
        assertThat(FileStates.notOwnerOnly(data)).isEmpty();
    }

    @Test
    void logsAnEarlierVersionLeftReadableAreMadeOwnerOnly() throws Exception {
        Path logs = Files.createDirectories(folder.resolve("logs"));
        Path old = Files.writeString(logs.resolve("counteroffer-0.log"), "an old warning\n");
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        java.util.logging.Handler handler = LogFiles.install(folder);
        try {
            assertThat(FileStates.notOwnerOnly(logs)).isEmpty();
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }

    private static Session start(Path db) {
        StringWriter sink = new StringWriter();
        Session session = Session.begin(new StartupOptions(db, false, new PrintWriter(sink), new PrintWriter(sink)));
        session.awaitOpen();
        assertThat(session.failure()).as("the session opened").isNull();
        return session;
    }
}
