package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.PayBasis;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Defect: after any live assumption change the chart collapsed into a pile of labels at the top left. */
@Tag("window")
class BandChartLayoutFxTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void newContentIsLaidOutAtOnceNotLeftAtTheTopLeft() throws Exception {
        FxToolkit.registerPrimaryStage();
        BandChart chart = new BandChart();
        FxToolkit.setupStage(shown -> {
            stage = shown;
            shown.setScene(new Scene(new StackPane(chart), 1000, 600));
            shown.show();
        });
        FxToolkit.setupFixture(() -> chart.setContent(content(250_000, "Published")));
        WaitForAsyncUtils.waitForFxEvents();

        // A live change (a premium switched on) gives the chart new content while it is on screen.
        FxToolkit.setupFixture(() -> chart.setContent(content(277_500, "Adjusted")));
        WaitForAsyncUtils.waitForFxEvents();

        List<Text> texts = chart.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .toList();
        assertThat(texts).hasSizeGreaterThan(10);
        long atOrigin = texts.stream().filter(text -> text.getX() == 0 && text.getY() == 0).count();
        assertThat(atOrigin).as("texts still at the top left corner").isZero();
        assertThat(texts.stream().map(Text::getY).distinct().count()).as("rows at different heights").isGreaterThan(3);
    }

    private static BandChartData.Content content(long marker, String label) {
        List<BandChartData.Row> rows = List.of(
                new BandChartData.Row("Entry", "base salary", 110_000, 145_000, "$110k", "$145k", false, null, null,
                        "band-base", "Entry", List.of()),
                new BandChartData.Row("Senior/Lead", "base salary", 220_000, 350_000, "$220k", "$350k+", true,
                        marker > 260_000 ? 244_200L : null, marker > 260_000 ? 388_500L : null, "band-base band-mine",
                        "Senior", List.of()));
        return new BandChartData.Content(List.of(new BandChartData.Group("Base salary ranges", PayBasis.BASE, rows)),
                List.of(new BandChartData.Marker(label, marker, PayBasis.BASE, "marker-base", "Your base")),
                "Chart");
    }
}
