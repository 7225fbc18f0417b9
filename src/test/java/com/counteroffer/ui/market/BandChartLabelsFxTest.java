package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.Shots;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.ThemeManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found in use: on the Market chart, offers with close bases wrote their labels over each other,
 * and a band's "$350k+" sat under an offer's marker line. On a crowded chart at three widths, no
 * label overlaps another or a marker line.
 */
@Tag("window")
class BandChartLabelsFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void onACrowdedChartNoLabelOverlapsAnotherOrAMarkerLine() throws Exception {
        BandChartData.Content content;
        try (UiFixture fixture = UiFixture.open(folder)) {
            // A Principal/Architect in Seattle (prevailing-wage rows with ticks), base near the Senior top.
            fixture.services().profiles().save(1, new Profile(Level.PRINCIPAL, 14, List.of(), "seattle", null, null,
                    null, Set.of(), 345_000L, 40_000L, 160_000L, null, MarketAssumptions.NONE));
            for (Object[] offer : new Object[][] {{"Northwind Cloud", 200_000L}, {"Lattice AI", 205_000L},
                {"Contoso Research", 212_000L}, {"Fabrikam", 352_000L}, {"Tailspin Toys", 358_000L}}) {
                fixture.services().offers().add(1, offer((String) offer[0], Level.SENIOR, (Long) offer[1]));
            }
            fixture.services().offers().add(1, offer("Adatum", Level.PRINCIPAL, 381_000L));
            fixture.services().offers().add(1, offer("Wide World Importers", Level.PRINCIPAL, 545_000L));
            fixture.session().reload();
            content = new MarketModel(fixture.ui()).chartProperty().get();
            drawAtWidths(fixture, content, "market-labels-", 30, 8);
        }
    }

    /**
     * Found in a real window (150 %, dark): with no profile and seven-figure offers the axis runs to
     * $1.2M, and the Global AI roles row's "$32.52k" (written inside its band) ran across the row's mean tick.
     */
    @Test
    void withoutAProfileTheGlobalRowsEndLabelStaysOffItsMeanTick() throws Exception {
        try (UiFixture fixture = UiFixture.open(folder)) {
            fixture.services().offers().add(1, offer("Northwind Cloud Infrastructure Services", Level.SENIOR, 985_000L));
            fixture.services().offers().add(1, offer("Featherstonehaugh Quantum Compute Laboratories", Level.SENIOR,
                    1_100_000L));
            fixture.session().reload();
            BandChartData.Content content = new MarketModel(fixture.ui()).chartProperty().get();
            drawAtWidths(fixture, content, "market-labels-noprofile-", 15, 2);
        }
    }

    private void drawAtWidths(UiFixture fixture, BandChartData.Content content, String shot, int texts, int markers)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        for (double width : new double[] {1280, 1100, 1000, 900, 800, 700}) {
            BandChart chart = new BandChart();
            Scene[] scene = new Scene[1];
            FxToolkit.setupStage(stage -> {
                StackPane pane = new StackPane(chart);
                scene[0] = new Scene(pane, width, 900);
                new ThemeManager(fixture.ui().settings()).install(scene[0]);
                chart.setContent(content);
                stage.setScene(scene[0]);
                stage.setWidth(width);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(chart::layout);
            Shots.save(robot, scene[0], shot + (int) width);
            assertNoCollisions(chart, width, texts, markers);
        }
    }

    private static void assertNoCollisions(BandChart chart, double width, int textsAtLeast, int markersAtLeast) {
        List<Text> texts = chart.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(text -> !text.getText().isEmpty()).toList();
        List<Line> markerLines = chart.getChildrenUnmodifiable().stream().filter(Line.class::isInstance)
                .map(Line.class::cast).filter(line -> line.getStyleClass().contains("marker")).toList();
        assertThat(texts).hasSizeGreaterThan(textsAtLeast);
        assertThat(markerLines).hasSizeGreaterThan(markersAtLeast - 1);
        // A row's own ticks (the Global AI roles mean): the band's end labels must not be written across them.
        List<Line> tickLines = chart.getChildrenUnmodifiable().stream().filter(Line.class::isInstance)
                .map(Line.class::cast).filter(line -> line.getStyleClass().contains("tick")).toList();
        assertThat(tickLines).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Bounds a = shrunk(texts.get(i));
            for (int j = i + 1; j < texts.size(); j++) {
                if (a.intersects(shrunk(texts.get(j)))) {
                    problems.add("\"" + texts.get(i).getText() + "\" overlaps \"" + texts.get(j).getText() + "\"");
                }
            }
            for (Line line : markerLines) {
                if (a.intersects(line.getBoundsInParent())) {
                    problems.add("\"" + texts.get(i).getText() + "\" sits under the marker line at x="
                            + Math.round(line.getStartX()));
                }
            }
            for (Line tick : tickLines) {
                if (a.intersects(tick.getBoundsInParent())) {
                    problems.add("\"" + texts.get(i).getText() + "\" is drawn across the tick at x="
                            + Math.round(tick.getStartX()));
                }
            }
        }
        assertThat(problems).as("at %s px wide", width).isEmpty();
    }

    /** The text's box less half a pixel each side: touching is not overlapping. */
    private static Bounds shrunk(Node node) {
        Bounds b = node.getBoundsInParent();
        return new BoundingBox(b.getMinX() + 0.5, b.getMinY() + 0.5, Math.max(0, b.getWidth() - 1),
                Math.max(0, b.getHeight() - 1));
    }

    private static Offer offer(String company, Level level, long base) {
        Offer basic = Offer.basic(company, base);
        return new Offer(company, "Engineer", level, null, null, null, basic.status(), null, "", false, base,
                basic.yearlyRaisePercent(), basic.bonus(), List.of(), basic.clawback(), 0, null, List.of(), null, 0,
                null);
    }
}
