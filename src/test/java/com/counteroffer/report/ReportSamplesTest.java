package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the reports of two realistic clients into the folder named by {@code -Dreport.samples=DIR},
 * to look at every page as an image ({@code pdftoppm -png -r 80}). Skipped without the property.
 */
@EnabledIfSystemProperty(named = "report.samples", matches = ".+")
class ReportSamplesTest {

    @TempDir
    Path folder;

    @Test
    void writesTwoClientsReports() throws Exception {
        Path out = Path.of(System.getProperty("report.samples"));
        Files.createDirectories(out);
        try (UiFixture fixture = UiFixture.open(folder)) {
            var services = fixture.services();
            long priya = ReportClients.priya(services, "Priya Raman").clientId();
            long marcus = ReportClients.marcus(services, "Marcus King").clientId();
            // A third: long company and client names, to see that labels wrap rather than collide.
            ReportClients.Seeded longNames = ReportClients.priya(services, "Maximiliana Alexandra Featherstonehaugh-Whittington");
            var offer = services.offers().get(longNames.clientId(), longNames.bigTech()).offer();
            services.offers().update(longNames.clientId(), longNames.bigTech(),
                    offer.asCopyNamed("Northwind Cloud Platforms International Holdings").withStatus(offer.status()));
            ReportService reports = new ReportService(services);
            assertThat(reports.write(longNames.clientId(), out.resolve("long-names.pdf"), PdfReport.Paper.LETTER,
                    ProgressListener.NONE, () -> false)).isPositive();
            for (PdfReport.Paper paper : PdfReport.Paper.values()) {
                String suffix = paper == PdfReport.Paper.A4 ? "" : "-letter";
                assertThat(reports.write(priya, out.resolve("priya" + suffix + ".pdf"), paper, ProgressListener.NONE,
                        () -> false)).isPositive();
                assertThat(reports.write(marcus, out.resolve("marcus" + suffix + ".pdf"), paper, ProgressListener.NONE,
                        () -> false)).isPositive();
            }
        }
    }
}
