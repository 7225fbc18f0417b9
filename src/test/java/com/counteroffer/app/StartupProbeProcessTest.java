package com.counteroffer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.HeadlessJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up probe in a real separate process, as benchmarks and packaging checks run it. */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class StartupProbeProcessTest {

    @TempDir
    Path folder;

    @Test
    void printsTheReadyLineAfterTheFirstFrameCreatesTheDatabaseAndExitsZero() throws Exception {
        Path db = folder.resolve("probe/counteroffer.db");

        HeadlessJava.Result result = HeadlessJava.run(List.of("--db", db.toString(), "--startup-probe"), 120);

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Found by the reliability probe: JavaFX's classpath warning on every window start.
        assertThat(result.err()).doesNotContain("Unsupported JavaFX configuration").doesNotContain("WARNING");
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\{\"event\":\"ready\",\"ms\":\\d+,\"rss_kb\":-?\\d+}");
        long ms = Long.parseLong(lines.get(0).replaceAll("\\D", ""));
        assertThat(ms).isPositive();
        assertThat(db).exists();
        assertThat(Files.size(db)).isPositive();
    }

    @Test
    void anUnusableDatabaseFolderExitsNonZeroAndNamesThePath() throws Exception {
        Path blocker = folder.resolve("blocker");
        Files.writeString(blocker, "a file, so nothing can be created under it");
        Path db = blocker.resolve("deeper/counteroffer.db");

        HeadlessJava.Result result = HeadlessJava.run(List.of("--db", db.toString(), "--startup-probe"), 120);

        assertThat(result.exitCode()).isEqualTo(Session.EXIT_STORAGE);
        assertThat(result.err()).contains(db.getParent().toString());
        assertThat(result.out()).doesNotContain("ready");
    }
}
