package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileWholeAndLeavesNoPartialFileBehind() throws Exception {
        Path target = folder.resolve("export.json");
        Files.writeString(target, "old contents that are longer than the new ones");

        AtomicFiles.writeString(target, "{\"clients\":[\"Ana ☃\"]}");

        assertThat(Files.readString(target)).isEqualTo("{\"clients\":[\"Ana ☃\"]}");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("export.json");
        }
    }
}
