package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void theFileIsReadableByItsOwnerOnlyEvenWhenItReplacesAnOpenOne() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = folder.resolve("export.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));

        AtomicFiles.writeString(target, "client,company\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(Files.readString(target)).isEqualTo("client,company\n");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierFileAndNothingElse() throws Exception {
        Path target = Files.writeString(folder.resolve("report.pdf"), "the earlier report");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of a new report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the earlier report");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("report.pdf");
        }
    }
}
