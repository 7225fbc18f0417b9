package com.counteroffer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.offers.OffersController;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found in use: accent and danger buttons showed the keyboard only as a darker fill. Tabbing through every
 * screen, in both themes, each control that takes the keyboard must be ringed in the accent colour just
 * outside its edge (and was not before it had the keyboard). Lists and tables ring themselves and their
 * row inside (KeyboardFxTest), the sidebar its entries: both are left out here.
 * Pictures of each screen with a ring go to target/focus-shots/.
 */
class FocusRingFxTest extends FxTestBase {

    private static final Path SHOTS = Path.of("target", "focus-shots");
    private static final int STEPS = 45;

    @Test
    void everyControlTheKeyboardReachesIsRingedInTheAccentColourInBothThemes() throws Exception {
        running = RunningApp.start(folder.resolve("rings.db"));
        List<String> unringed = new ArrayList<>();
        Set<String> ringedKinds = new LinkedHashSet<>();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> running.context().settings().themeProperty().set(theme));
            Color accent = accent();
            for (Screen screen : List.of(Screen.WELCOME, Screen.PROFILE, Screen.MARKET, Screen.OFFERS,
                    Screen.COMPARE, Screen.NEGOTIATE, Screen.SOURCES, Screen.SETTINGS)) {
                robot.interact(() -> running.context().ui().navigator().show(screen));
                running.settle();
                if (screen == Screen.OFFERS) {
                    shortcut(KeyCode.N); // the editor: Save offer (accent), Cancel, its fields
                }
                String name = screen.name().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT);
                int checked = walk(accent, name, unringed, ringedKinds);
                assertThat(checked).as(name + ": controls reached by Tab and checked").isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(unringed).as("focused by Tab, no accent ring around").isEmpty();
        assertThat(ringedKinds).as("kinds of control seen ringed")
                .contains("Button", "TextField", "CheckBox", "ComboBox", ".accent");
    }

    @Test
    void theDeleteButtonIsRingedOnItsRedFill() throws Exception {
        Path db = folder.resolve("danger.db");
        try (Services services = Services.open(db)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
        }
        running = RunningApp.start(db);
        List<String> unringed = new ArrayList<>();
        Set<String> ringedKinds = new LinkedHashSet<>();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> running.context().settings().themeProperty().set(theme));
            robot.interact(() -> running.context().ui().navigator().show(Screen.OFFERS));
            running.settle();
            robot.interact(() -> running.app().mainWindow().controller(Screen.OFFERS, OffersController.class)
                    .table().getSelectionModel().select(0));
            running.settle();
            walk(accent(), "offers-hub-" + theme.name().toLowerCase(Locale.ROOT), unringed, ringedKinds);
        }
        assertThat(unringed).as("focused by Tab, no accent ring around").isEmpty();
        assertThat(ringedKinds).contains(".danger", ".accent");
    }

    /** Tabs through the screen; returns how many focused controls were wholly in view and so checked. */
    private int walk(Color accent, String name, List<String> unringed, Set<String> ringedKinds) {
        Scene scene = running.stage().getScene();
        int checked = 0;
        boolean saved = false;
        boolean savedStrong = false;
        WritableImage before = snapshot(scene);
        for (int step = 0; step < STEPS; step++) {
            Node was = scene.getFocusOwner();
            if (was instanceof TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL); // Tab types in it
            } else {
                robot.press(KeyCode.TAB).release(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node now = scene.getFocusOwner();
            WritableImage after = snapshot(scene);
            if (now instanceof Control control && now != was && !inSidebar(now) && !ringsItself(now)) {
                // A section that folds is ringed on its title, the part one clicks.
                Region ringedPart = now instanceof javafx.scene.control.TitledPane pane
                        ? (Region) pane.lookup(".title") : control;
                int[] band = band(ringedPart, scene);
                if (band != null) {
                    checked++;
                    double ringed = accentShare(after, band, accent);
                    // Before, only where the control that had the keyboard was not ringed (two radios side by side).
                    double earlier = accentShare(before, band, accent, was instanceof Control previous
                            ? band(previous, scene, 0) : null);
                    String what = name + ": " + now.getClass().getSimpleName() + " " + describe(now);
                    if (ringed < 0.6 || earlier > 0.3) {
                        unringed.add(what + String.format(Locale.ROOT, " (ring %.2f, before %.2f)", ringed, earlier));
                    } else {
                        ringedKinds.add(now.getClass().getSimpleName());
                        now.getStyleClass().stream().filter(style -> style.equals("accent") || style.equals("danger"))
                                .forEach(style -> ringedKinds.add("." + style));
                        boolean strong = now.getStyleClass().contains("accent") || now.getStyleClass().contains("danger");
                        if (!saved || strong && !savedStrong) {
                            Shots.saveScaled(robot, scene, 1, SHOTS, name + (strong ? "-accent" : ""));
                            saved = true;
                            savedStrong |= strong;
                        }
                    }
                }
            }
            before = after;
        }
        return checked;
    }

    /** The pixels 3 px outside the control's edge, all round, as {minX, minY, maxX, maxY}; null when not all in view. */
    private int[] band(Region control, Scene scene) {
        int[] band = band(control, scene, 3);
        double left = 0;
        double top = 0;
        double right = scene.getWidth();
        double bottom = scene.getHeight();
        for (Node at = control.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane pane) { // its viewport clips what is scrolled out of sight
                Bounds view = pane.localToScene(pane.getLayoutBounds());
                left = Math.max(left, view.getMinX());
                top = Math.max(top, view.getMinY());
                right = Math.min(right, view.getMaxX());
                bottom = Math.min(bottom, view.getMaxY());
            }
        }
        boolean inView = band[0] >= left + 1 && band[1] >= top + 1 && band[2] <= right - 2 && band[3] <= bottom - 2;
        return inView && control.isVisible() ? band : null;
    }

    /** The control's edge {@code out} px further out, in whole scene pixels. */
    private static int[] band(Region control, Scene scene, int out) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        return new int[] {(int) Math.floor(bounds.getMinX()) - out, (int) Math.floor(bounds.getMinY()) - out,
                (int) Math.ceil(bounds.getMaxX()) + out - 1, (int) Math.ceil(bounds.getMaxY()) + out - 1};
    }

    private static double accentShare(WritableImage image, int[] band, Color accent) {
        return accentShare(image, band, accent, null);
    }

    /** The share of the band's pixels drawn in (nearly) the accent colour, leaving out those within {@code apart}. */
    private static double accentShare(WritableImage image, int[] band, Color accent, int[] apart) {
        PixelReader pixels = image.getPixelReader();
        int all = 0;
        int ringed = 0;
        List<int[]> points = new ArrayList<>();
        for (int x = band[0] + 6; x <= band[2] - 6; x++) { // the corners are round
            points.add(new int[] {x, band[1]});
            points.add(new int[] {x, band[3]});
        }
        for (int y = band[1] + 6; y <= band[3] - 6; y++) {
            points.add(new int[] {band[0], y});
            points.add(new int[] {band[2], y});
        }
        for (int[] point : points) {
            if (apart == null || point[0] < apart[0] - 5 || point[0] > apart[2] + 5 || point[1] < apart[1] - 5
                    || point[1] > apart[3] + 5) {
                all++;
                ringed += near(pixels.getColor(point[0], point[1]), accent);
            }
        }
        return all == 0 ? 0 : (double) ringed / all;
    }

    private static int near(Color pixel, Color accent) {
        double distance = Math.abs(pixel.getRed() - accent.getRed()) + Math.abs(pixel.getGreen() - accent.getGreen())
                + Math.abs(pixel.getBlue() - accent.getBlue());
        return distance < 0.12 ? 1 : 0;
    }

    /** The theme's -color-accent-emphasis, as a region styled by the window's stylesheets draws it. */
    private Color accent() {
        Color[] accent = new Color[1];
        robot.interact(() -> {
            Scene window = running.stage().getScene();
            Region probe = new Region();
            probe.setStyle("-fx-background-color: -color-accent-emphasis;");
            StackPane root = new StackPane(probe);
            root.getStyleClass().setAll(window.getRoot().getStyleClass());
            Scene scene = new Scene(root, 10, 10);
            scene.getStylesheets().setAll(window.getStylesheets());
            root.applyCss();
            accent[0] = (Color) probe.getBackground().getFills().get(0).getFill();
        });
        return accent[0];
    }

    private static boolean inSidebar(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("sidebar")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ringsItself(Node node) {
        return node instanceof javafx.scene.control.ListView || node instanceof javafx.scene.control.TableView
                || node instanceof javafx.scene.control.TreeView || node instanceof ScrollPane
                || node instanceof javafx.scene.control.TabPane;
    }

    private static String describe(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        return node instanceof javafx.scene.control.Labeled labeled ? "\"" + labeled.getText() + "\"" : "";
    }

    private WritableImage snapshot(Scene scene) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        return image[0];
    }

    private void shortcut(KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
