package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.report.ReportService;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.clients.ClientsModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models re-render when privacy mode flips: amounts hidden and back, the client's name as initials. */
class MarketPrivacyModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().clients().rename(1, "Priya Shah");
        fixture.services().profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null,
                Set.of(), 260_000L, null, null, null, MarketAssumptions.NONE));
        fixture.session().reload();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMarketPositionHidesItsAmountsAndShowsThemAgain() {
        MarketModel model = new MarketModel(fixture.ui());
        assertThat(model.positionDetailProperty().get()).contains("$260,000");
        assertThat(model.positionFormulaProperty().get()).contains("260,000");
        assertThat(model.chartProperty().get().summary()).contains("Your base $260,000");

        fixture.ui().privacy().onProperty().set(true);

        List<String> shown = new ArrayList<>(List.of(model.positionDetailProperty().get(),
                model.positionFormulaProperty().get(), model.chartProperty().get().summary(),
                model.chartNotesProperty().get(), model.locationEvidenceProperty().get()));
        model.chartProperty().get().markers().forEach(marker -> shown.add(marker.tooltip()));
        model.chartProperty().get().groups().forEach(group -> group.rows().forEach(row -> {
            shown.add(row.tooltip());
            shown.add(row.minLabel());
            shown.add(row.maxLabel());
        }));
        assertThat(shown).filteredOn(text -> text != null).noneMatch(text -> text.matches("(?s).*\\$\\d.*"))
                .noneMatch(text -> text.contains("260,000"));
        assertThat(model.positionWordsProperty().get()).as("percents of a band stay").contains("31 %");

        fixture.ui().privacy().onProperty().set(false);
        assertThat(model.positionDetailProperty().get()).contains("$260,000");
    }

    @Test
    void theReportIsOfferedUnderTheClientsInitialsWhileTheScreenIsShared() {
        ClientsModel clients = new ClientsModel(fixture.ui(), new ReportService(fixture.services()), file -> { });
        assertThat(clients.reportFileName()).isEqualTo("Counteroffer report - Priya Shah.pdf");
        fixture.ui().privacy().onProperty().set(true);
        assertThat(clients.reportFileName()).isEqualTo("Counteroffer report - PS.pdf");
    }
}
