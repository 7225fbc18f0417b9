package com.counteroffer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.HeadlessJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command prints on standard error in a real process: its own lines, each once, no log records. */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class CommandLineStderrProcessTest {

    @TempDir
    Path folder;

    /** Found by the reliability probe: the notice came twice, once as a dated log record. */
    @Test
    void aNoticeIsSaidOnceInTheCommandLinesOwnWords() throws Exception {
        Path db = folder.resolve("empty.db");
        Files.createFile(db);

        HeadlessJava.Result result = HeadlessJava.run(List.of("offers", "list", "--db", db.toString()), 60);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.err().lines().filter(line -> !line.startsWith("SLF4J")).toList();
        assertThat(lines).singleElement().asString().startsWith("counteroffer: warning: The database file")
                .contains("was empty (0 bytes)");
    }
}
