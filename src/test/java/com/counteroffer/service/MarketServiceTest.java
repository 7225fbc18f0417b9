package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.input.DatasetException;
import com.counteroffer.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A market dataset the user loads is refused at load time, or kept exactly and read the same on every start. */
class MarketServiceTest {

    @TempDir
    Path folder;

    private Services open() {
        return new Services(Database.open(folder.resolve("market.db")), Clock.systemUTC(), Services.builtInOnDemand());
    }

    /** The built-in dataset's text under another name, so a loaded copy can be told from the built-in one. */
    private static String renamedDataset() throws IOException {
        try (InputStream in = com.counteroffer.data.MarketDatasetReader.class.getResourceAsStream("market-2026.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Coach's dataset ☃\"");
        }
    }

    @Test
    void aUtf8DatasetIsKeptAndReadTheSameAfterARestart() throws IOException {
        Path file = folder.resolve("coach.json");
        Files.writeString(file, renamedDataset(), StandardCharsets.UTF_8);
        try (Services services = open()) {
            assertThat(services.market().load(file).dataset().name()).isEqualTo("Coach's dataset ☃");
        }

        try (Services restarted = open()) {
            assertThat(restarted.market().active().dataset().name()).isEqualTo("Coach's dataset ☃");
        }
    }

    @Test
    void aUtf16DatasetIsRefusedAtLoadRatherThanLostOnTheNextStart() throws IOException {
        Path file = folder.resolve("wide.json");
        Files.write(file, renamedDataset().getBytes(StandardCharsets.UTF_16));
        try (Services services = open()) {
            String builtIn = services.market().active().dataset().name();

            assertThatThrownBy(() -> services.market().load(file)).isInstanceOf(DatasetException.class)
                    .hasMessageContaining("UTF-16").hasMessageContaining("save it as UTF-8");
            assertThat(services.market().active().dataset().name()).isEqualTo(builtIn);
        }
    }

    @Test
    void aDatasetWithBytesThatAreNotUtf8IsRefusedNamingTheOffset() throws IOException {
        Path file = folder.resolve("latin1.json");
        // Latin-1 writes one byte a character, so the offset of "é" is its index in the text.
        int at = renamedDataset().indexOf('☃');
        byte[] broken = renamedDataset().replace("☃", "é").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, broken);
        try (Services services = open()) {
            assertThatThrownBy(() -> services.market().load(file)).isInstanceOf(DatasetException.class)
                    .hasMessageContaining("not UTF-8").hasMessageContaining("byte offset " + at);
        }
    }

    @Test
    void aDatasetOverItsCapIsRefusedNamingTheCap() throws IOException {
        Path file = folder.resolve("huge.json");
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(2L * 1024 * 1024);
        }
        try (Services services = open()) {
            assertThatThrownBy(() -> services.market().load(file)).isInstanceOf(DatasetException.class)
                    .hasMessageContaining("2.0 MB").hasMessageContaining("at most 1 MB");
        }
    }
}
