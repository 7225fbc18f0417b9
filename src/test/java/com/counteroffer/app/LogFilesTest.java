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
}
