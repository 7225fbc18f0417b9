package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.report.PdfReport;
import com.counteroffer.report.ReportService;
import com.counteroffer.store.SettingsFile;
import com.counteroffer.testing.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer of a file the user chooses: a symbolic link planted at any name its temporary file
 * might take (or at the chosen name itself) never receives a byte, the file is still written, and no
 * temporary file is left behind, whether the write succeeds or is stopped.
 */
class OutputTemporaryFilesTest {

    private static final String PRECIOUS = "someone else's file\n";

    @TempDir
    Path folder;
    private Services services;
    private Path out;
    private Path elsewhere;

    @BeforeEach
    void open() throws Exception {
        services = Services.open(folder.resolve("data/counteroffer.db"));
        services.offers().add(1, Samples.bigTech());
        services.offers().add(1, Samples.startup());
        out = Files.createDirectory(folder.resolve("out"));
        elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), PRECIOUS);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** What writes a file; the name it is given. */
    @FunctionalInterface
    private interface Writer {
        void write(Services services, Path target) throws Exception;
    }

    static Stream<Arguments> writers() {
        Map<String, Writer> writers = Map.of(
                "export.csv", (s, target) -> s.exchange().export(Optional.empty(), target, ExchangeService.Format.CSV),
                "export.json", (s, target) -> s.exchange().export(Optional.empty(), target, ExchangeService.Format.JSON),
                "comparison.csv", (s, target) -> s.compare().writeCsv(s.compare().compare(1).orElseThrow(), target),
                "chart.png", (s, target) -> s.compare().writePng(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB),
                        target),
                "counter.txt", (s, target) -> s.negotiation().saveScript(target, "Hello\n"),
                "report.pdf", (s, target) -> new ReportService(s).write(1, target, PdfReport.Paper.A4,
                        ProgressListener.NONE, () -> false),
                "copy.db", (s, target) -> s.backups().backupTo(target),
                SettingsFile.FILE_NAME, (s, target) -> new SettingsFile(target).save(Map.of("theme", "DARK")));
        return writers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aLinkAtAnyPredictableTemporaryNameIsNeverWrittenThrough(String name, Writer writer) throws Exception {
        List<String> planted = List.of("." + name + ".partial", name + ".partial", name + ".part", "." + name + ".part",
                name + ".tmp", "." + name + ".tmp", name + ".new", "." + name);
        for (String link : planted) {
            Files.createSymbolicLink(out.resolve(link), elsewhere);
        }
        Path target = out.resolve(name);

        writer.write(services, target);

        assertThat(Files.readString(elsewhere)).isEqualTo(PRECIOUS);
        assertThat(target).isRegularFile().isNotEmptyFile();
        assertThat(Files.isSymbolicLink(target)).isFalse();
        for (String link : planted) {
            assertThat(Files.readSymbolicLink(out.resolve(link))).as(link).isEqualTo(elsewhere);
        }
        assertThat(names(out)).as("nothing left behind").isEqualTo(union(planted, name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aLinkAtTheChosenNameIsReplacedByTheFileNotWrittenThrough(String name, Writer writer) throws Exception {
        Path target = Files.createSymbolicLink(out.resolve(name), elsewhere);

        writer.write(services, target);

        assertThat(Files.readString(elsewhere)).isEqualTo(PRECIOUS);
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(target).isRegularFile().isNotEmptyFile();
        assertThat(names(out)).containsExactly(name);
    }

    @Test
    void aStoppedReportLeavesNoTemporaryFileAndKeepsTheEarlierOne() throws Exception {
        Path target = Files.writeString(out.resolve("report.pdf"), "the earlier report");
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> new ReportService(services).write(1, target, PdfReport.Paper.A4, ProgressListener.NONE,
                () -> asked.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);

        assertThat(Files.readString(target)).isEqualTo("the earlier report");
        assertThat(names(out)).containsExactly("report.pdf");
    }

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Set<String> union(List<String> names, String name) {
        return Stream.concat(names.stream(), Stream.of(name)).collect(Collectors.toSet());
    }
}
