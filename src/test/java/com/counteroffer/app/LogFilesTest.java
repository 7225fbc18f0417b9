package com.counteroffer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path folder;

    @Test
    void warningsGoToALogFileBesideTheDatabase() throws Exception {
        Handler handler = LogFiles.install(folder);
        try {
            Logger.getLogger("com.counteroffer.test").warning("Something the user should know about");
            handler.flush();
            assertThat(Files.readString(folder.resolve("logs/counteroffer-0.log")))
                    .contains("Something the user should know about");
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }

    @Test
    void aFullLogFileMovesUpAGenerationAndTheOldestIsDropped() throws Exception {
        OwnerOnlyLogFile log = new OwnerOnlyLogFile(folder, "test-", 200, 3);
        log.setFormatter(new java.util.logging.SimpleFormatter());
        try {
            for (int i = 0; i < 12; i++) {
                log.publish(new java.util.logging.LogRecord(java.util.logging.Level.WARNING, "record number " + i
                        + " with enough words to fill the small file quickly"));
            }
        } finally {
            log.close();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("test-0.log",
                    "test-1.log", "test-2.log");
        }
        assertThat(Files.readString(folder.resolve("test-0.log"))).contains("record number 11");
        assertThat(Files.readString(folder.resolve("test-2.log"))).doesNotContain("record number 0 ");
        assertThat(Files.size(folder.resolve("test-1.log"))).isLessThan(200 + 300);
        if (com.counteroffer.testing.FileStates.posix()) {
            assertThat(com.counteroffer.testing.FileStates.notOwnerOnly(folder)).isEmpty();
        }
    }
}
