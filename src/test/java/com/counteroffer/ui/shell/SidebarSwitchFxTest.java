package com.counteroffer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Theme;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;

/**
 * Found in a real window: with Dark theme (or Privacy, Presentation) on, the switch was drawn exactly like
 * the screen shown, so two sidebar entries looked chosen. In both themes, a switched-on switch has no
 * accent fill, is not bold, and is outlined instead.
 */
class SidebarSwitchFxTest extends FxTestBase {

    @Test
    void aSwitchedOnSwitchDoesNotLookLikeTheScreenShown() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(folder.resolve("switches.db"));
        Node root = running.app().mainWindow().root();
        robot.interact(() -> running.context().ui().navigator().show(Screen.MARKET));
        robot.interact(() -> robot.lookup("#privacyToggle").queryAs(ToggleButton.class).fire());
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> running.context().settings().themeProperty().set(theme));
            running.settle();
            ToggleButton screen = (ToggleButton) root.lookup("#nav-market");
            assertThat(screen.isSelected()).isTrue();
            Paint chosen = fill(screen);
            assertThat(chosen).as("the screen shown is filled").isNotNull();
            List<ToggleButton> switches = root.lookupAll(".sidebar-switch").stream().map(ToggleButton.class::cast)
                    .toList();
            assertThat(switches).extracting(ToggleButton::getId)
                    .containsExactlyInAnyOrder("presentationToggle", "privacyToggle", "darkThemeToggle");
            List<ToggleButton> on = switches.stream().filter(ToggleButton::isSelected).toList();
            // Privacy in both themes, and Dark theme itself in the dark one.
            assertThat(on).hasSize(theme == Theme.DARK ? 2 : 1);
            Shots.save(robot, root, "sidebar-switches-" + theme.name().toLowerCase(Locale.ROOT));
            for (ToggleButton toggle : on) {
                String name = toggle.getText() + " in " + theme;
                assertThat(fill(toggle)).as(name + ": fill").isNotEqualTo(chosen);
                assertThat(toggle.getFont().getStyle().toLowerCase(Locale.ROOT)).as(name + ": weight").doesNotContain("bold");
                assertThat(outline(toggle)).as(name + ": outlined").isTrue();
            }
        }
    }

    /** The entry's last visible background fill, or null when it draws none. */
    private static Paint fill(ToggleButton button) {
        Background background = button.getBackground();
        if (background == null) {
            return null;
        }
        return background.getFills().stream().map(BackgroundFill::getFill)
                .filter(paint -> !(paint instanceof Color color) || color.getOpacity() > 0)
                .reduce((first, second) -> second).orElse(null);
    }

    private static boolean outline(ToggleButton button) {
        Border border = button.getBorder();
        return border != null && border.getStrokes().stream().map(BorderStroke::getTopStroke)
                .filter(Objects::nonNull).anyMatch(paint -> !(paint instanceof Color color) || color.getOpacity() > 0);
    }
}
