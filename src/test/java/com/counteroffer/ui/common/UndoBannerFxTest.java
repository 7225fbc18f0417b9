package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Review finding 11: the banner's time when the setting is missing, and a disposed banner that leaves nothing running. */
class UndoBannerFxTest {

    private final FxRobot robot = new FxRobot();
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicInteger undone = new AtomicInteger();
    private final Label label = new Label();
    private final Button undo = new Button("Undo");
    private final HBox bar = new HBox(label, undo);
    private final Button other = new Button("Other");
    private final VBox screen = new VBox(bar, other);
    private UndoBanner banner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void bind(Duration window) {
        robot.interact(() -> banner = UndoBanner.bind(screen, bar, label, text, undone::incrementAndGet, () -> {
            ended.incrementAndGet();
            text.set("");
        }, new SimpleObjectProperty<>(window)));
    }

    @Test
    void aMissingOrZeroWindowIsTheDefaultNotAtOnce() throws Exception {
        assertThat(UndoBanner.windowOf(null)).isEqualTo(Duration.seconds(10));
        assertThat(UndoBanner.windowOf(Duration.ZERO)).isEqualTo(Duration.seconds(10));
        assertThat(UndoBanner.windowOf(Duration.millis(1500))).isEqualTo(Duration.millis(1500));
        bind(Duration.ZERO);
        robot.interact(() -> text.set("Deleted Northwind Cloud"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.counting()).isTrue();
        assertThat(banner.countdown()).isEqualTo(Duration.seconds(10));
        assertThat(ended).as("a zero window would end the banner before anyone could read it").hasValue(0);
        assertThat(bar.isVisible()).isTrue();
    }

    @Test
    void aDisposedBannerStopsItsTimerAndListensToNothing() throws Exception {
        bind(Duration.millis(200));
        robot.interact(() -> text.set("Deleted Northwind Cloud"));
        robot.interact(() -> banner.dispose());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.counting()).as("the timer stopped").isFalse();
        assertThat(ended).as("the old timer acted on the model").hasValue(0);

        robot.interact(() -> text.set("Deleted Lattice AI"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.counting()).as("no timer started").isFalse();
        robot.interact(() -> other.fire());
        assertThat(ended).as("no timer started, no action heard").hasValue(0);
        assertThat(label.textProperty().isBound()).isFalse();
        assertThat(bar.visibleProperty().isBound()).isFalse();
    }

    @Test
    void anotherActionEndsTheBannerItsOwnUndoDoesNot() {
        bind(Duration.seconds(60));
        robot.interact(() -> text.set("Deleted Northwind Cloud"));
        robot.interact(() -> undo.fire());
        assertThat(ended).as("the banner's own button").hasValue(0);
        robot.interact(() -> other.fire());
        assertThat(ended).hasValue(1);
        assertThat(bar.isVisible()).isFalse();
    }
}
