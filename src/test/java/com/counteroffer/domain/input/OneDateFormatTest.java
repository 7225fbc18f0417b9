package com.counteroffer.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Review findings 16–17: one date format on screen, so one place that builds date patterns (Dates).
 * The few other patterns are not shown on screen, each with its reason.
 */
class OneDateFormatTest {

    private static final Path SOURCES = Path.of("src/main/java/com/counteroffer");
    private static final Map<String, String> ALLOWED = Map.of(
            "domain/input/Dates.java", "the one place",
            "report/NextSteps.java", "the printed report's own date (\"11 January 2027\"), which PdfReport reuses",
            "store/Backups.java", "a sortable stamp in backup file names, never shown as a date",
            "store/Recovery.java", "a sortable stamp in recovery file names, never shown as a date",
            "cli/ClientsCommand.java", "command output, ISO-like so scripts can sort and parse it");

    @Test
    void noClassButDatesBuildsADatePattern() throws IOException {
        List<String> building;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            building = files.filter(file -> file.toString().endsWith(".java")).filter(OneDateFormatTest::buildsAPattern)
                    .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !ALLOWED.containsKey(name)).sorted().toList();
        }
        assertThat(building).as("build dates through domain/input/Dates").isEmpty();
    }

    @Test
    void theNamedFormsOfTheOneFormat() {
        LocalDate day = LocalDate.of(2027, 1, 11);
        assertThat(Dates.format(day)).isEqualTo("Jan 11, 2027");
        assertThat(Dates.formatDateTime(LocalDateTime.of(2027, 1, 11, 14, 5))).isEqualTo("Jan 11, 2027, 14:05");
        assertThat(Dates.formatTime(LocalDateTime.of(2027, 1, 11, 9, 5))).isEqualTo("09:05");
        assertThat(Dates.formatWithWeekday(day)).isEqualTo("Monday, Jan 11, 2027");
        assertThat(Dates.formatLong(day)).isEqualTo("January 11, 2027");
        assertThat(Dates.formatSpoken(day)).isEqualTo("January 11");
        assertThat(Dates.formatDateTime(null)).isEmpty();
    }

    private static boolean buildsAPattern(Path file) {
        try {
            return Files.readString(file).contains("DateTimeFormatter.ofPattern")
                    || Files.readString(file).contains(".ofPattern(");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
