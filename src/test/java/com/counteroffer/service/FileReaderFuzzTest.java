package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.FileStates;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.input.DatasetException;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.store.StoreException;
import com.counteroffer.testing.Samples;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of a file the user names — an offer file, an import (CSV, offer file, export), a
 * market dataset, a backup to restore — fed damaged copies of good files: bytes flipped, cut short,
 * repeated, spliced with another kind. Each file is either taken whole or refused with the reader's
 * own kind of message (never another exception), and a refused file leaves the database byte for
 * byte as it was. Bounded for the build; {@code -Dcounteroffer.fuzz.files=N} reruns it as a probe.
 */
class FileReaderFuzzTest {

    private static final int FILES = Integer.getInteger("counteroffer.fuzz.files", 200);
    private static final long SEED = Long.getLong("counteroffer.fuzz.seed", 20261202L);

    @TempDir
    Path folder;

    private record Reader(String name, byte[] good, Consumer<Path> read) {
    }

    @Test
    void aDamagedFileIsTakenWholeOrRefusedWithItsOwnMessageAndTheDatabaseIsUntouched() throws Exception {
        Random random = new Random(SEED);
        Path db = folder.resolve("fuzz.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            Path export = folder.resolve("good-export.json");
            services.exchange().export(java.util.Optional.empty(), export, ExchangeService.Format.JSON);
            Path csv = folder.resolve("good-export.csv");
            services.exchange().export(java.util.Optional.empty(), csv, ExchangeService.Format.CSV);
            Path backup = services.backups().backupNow();
            List<Reader> readers = List.of(
                    new Reader("offer file", Files.readAllBytes(Path.of("assets/sample-offers/sample-ai-startup.json")),
                            OfferService::readFile),
                    new Reader("JSON import", Files.readAllBytes(export), file -> importFile(services, file)),
                    new Reader("CSV import", Files.readAllBytes(csv), file -> importFile(services, file)),
                    new Reader("market dataset", builtInDataset(), file -> services.market().load(file)),
                    new Reader("backup", Files.readAllBytes(backup), file -> services.backups().restore(file)));
            int taken = 0;
            int refused = 0;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                Reader reader = readers.get(random.nextInt(readers.size()));
                byte[] damaged = damage(reader.good(), readers.get(random.nextInt(readers.size())).good(), random);
                Path file = folder.resolve("damaged-" + i + (reader.name().contains("CSV") ? ".csv"
                        : reader.name().equals("backup") ? ".db" : ".json"));
                Files.write(file, damaged);
                String before = FileStates.database(db);
                try {
                    reader.read().accept(file);
                    taken++;
                } catch (InvalidInputException | ImportException | DatasetException | StoreException e) {
                    refused++;
                    assertThat(e.getMessage()).as(reader.name()).isNotBlank();
                    if (!FileStates.database(db).equals(before)) {
                        problems.add(reader.name() + " #" + i + ": refused (" + e.getMessage().lines().findFirst()
                                .orElse("") + ") but the database changed");
                    }
                } catch (RuntimeException e) {
                    problems.add(reader.name() + " #" + i + ": " + e);
                }
            }
            assertThat(problems).as("%d damaged files", FILES).isEmpty();
            assertThat(services.offers().list(1)).as("the data is still there").isNotEmpty();
            System.out.printf("FileReaderFuzzTest: %d damaged files (seed %d): taken %d, refused %d%n", FILES, SEED,
                    taken, refused);
        }
    }

    private static void importFile(Services services, Path file) {
        var batch = services.exchange().read(file, ProgressListener.NONE, () -> false);
        services.exchange().importBatch(batch, new com.counteroffer.domain.exchange.ImportTarget(1L, true),
                com.counteroffer.domain.exchange.DuplicateChoice.KEEP_BOTH, ProgressListener.NONE, () -> false);
    }

    private static byte[] builtInDataset() throws Exception {
        try (InputStream in = FileReaderFuzzTest.class.getResourceAsStream("/com/counteroffer/data/market-2026.json")) {
            return in.readAllBytes();
        }
    }

    /** One to three damages: flipped bytes, a cut, a repeated stretch, a splice of another file, odd characters. */
    private static byte[] damage(byte[] good, byte[] other, Random random) {
        byte[] bytes = good.clone();
        for (int round = 0; round < 1 + random.nextInt(3); round++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    for (int k = 0; k < 1 + random.nextInt(8) && bytes.length > 0; k++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    bytes = concat(java.util.Arrays.copyOf(bytes, at + length),
                            java.util.Arrays.copyOfRange(bytes, at, bytes.length));
                }
                case 3 -> bytes = concat(java.util.Arrays.copyOf(bytes, at),
                        java.util.Arrays.copyOfRange(other, 0, Math.min(other.length, random.nextInt(2000))));
                case 4 -> bytes = concat(java.util.Arrays.copyOf(bytes, at), concat(
                        "\u0000\uFEFF\u202E\uD83D".getBytes(StandardCharsets.UTF_8),
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
                default -> bytes = concat(java.util.Arrays.copyOf(bytes, at), concat(
                        "9".repeat(400).getBytes(StandardCharsets.US_ASCII),
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
            }
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

}
