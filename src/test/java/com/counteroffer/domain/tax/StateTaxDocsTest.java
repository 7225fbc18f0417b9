package com.counteroffer.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The state tables' documentation names the files the app reads, and every generic state has its page. */
class StateTaxDocsTest {

    private static final Path DOCS = Path.of("docs", "state-taxes");

    @Test
    void theIndexNamesEveryStatesFileWithItsScheduleYear() throws IOException {
        List<String> rows = Files.readAllLines(DOCS.resolve("README.md")).stream()
                .filter(line -> line.startsWith("| ") && line.contains(".json`")).toList();

        for (StateCode state : StateCode.values()) {
            if (state == StateCode.OTHER) {
                continue;
            }
            JurisdictionId id = state.jurisdiction().orElseThrow();
            String year = id.file().substring(id.file().indexOf('-') + 1, id.file().indexOf('.'));
            assertThat(rows).as(state.label()).anyMatch(row -> row.contains("`" + id.file() + "` | " + year + " |"));
        }
        assertThat(rows).hasSize(JurisdictionId.values().length - 2);
    }

    @Test
    void everyGenericStateHasItsPage() {
        Arrays.stream(JurisdictionId.values()).filter(JurisdictionId::generic).forEach(id -> assertThat(
                DOCS.resolve(id.name().toLowerCase(Locale.ROOT) + ".md")).as(id.label()).isRegularFile());
    }
}
