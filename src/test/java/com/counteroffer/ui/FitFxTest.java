package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.ProjectSuggestions;
import com.counteroffer.service.OfferService;
import com.counteroffer.service.Services;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.Database;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.testing.CutTexts;
import com.counteroffer.testing.CutTexts.Cut;
import com.counteroffer.testing.Shots;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.offers.OffersController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 100 %, 150 % and 200 % with long names and seven-figure amounts, in both themes:
 * no text may be cut short (an ellipsis, a clipped tail, a prompt wider than its field).
 *
 * <p>Scales: 100 % is a 1280×800 window at render scale 1. 150 % is what a 1920×1200 screen at
 * 150 % gives, a 1280×800 logical window drawn at render scale 1.5. 200 % is the same 1920×1200
 * screen at 200 %: 960×600 logical at render scale 2 (the smallest case). The render scale is the
 * window's, as GTK's {@code glass.gtk.uiScale} or a HiDPI screen sets it; layout snaps to it.
 * Pictures of every screen go to target/fit-shots/ and the cut list to target/fit-cuts.txt.
 */
class FitFxTest extends FxTestBase {

    private static final Path SHOTS = Path.of("target", "fit-shots");
    private static final Path CUT_LIST = Path.of("target", "fit-cuts.txt");

    private record Scale(String name, double factor, double width, double height) {
    }

    private static final List<Scale> SCALES = List.of(
            new Scale("100%", 1.0, 1280, 800),
            new Scale("150%", 1.5, 1280, 800),
            new Scale("200%", 2.0, 960, 600));

    /**
     * Cuts known today, per screen: the full text, or its start followed by "*". MUST BE EMPTY
     * BEFORE ISSUE 20 LANDS. An entry that no longer matches any cut fails the test too, so the
     * list only shrinks. "sidebar" is the window's left column, checked once per scale and theme.
     */
    private static final Map<String, List<String>> NOT_YET_FIXED = Map.of();

    private static final String LONG_CLIENT = "Maximiliana Featherstonehaugh-Worthington";
    private static final String OTHER_CLIENT = "Bartholomew Alexander Montgomery-Fitzwilliam III";

    /** CSS warnings about a value of the wrong type (a Modena lookup AtlantaFX lacks). */
    private final List<String> cssWarnings = new ArrayList<>();
    private final Handler cssHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown());
            if (message.contains("ClassCastException")) {
                synchronized (cssWarnings) {
                    cssWarnings.add(message);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Test
    void noTextIsCutOnAnyScreenAtAnyScaleInEitherTheme() throws Exception {
        Path db = database();
        // Coach mode, so Clients and the switcher show; the long-named client with the offers shown first.
        Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\nclients.recent=1,2\n");
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(cssHandler);
        Set<String> seen = new LinkedHashSet<>();
        List<Cut> cuts = new ArrayList<>();
        try {
            running = RunningApp.start(db);
            Files.createDirectories(SHOTS);
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(() -> running.context().settings().themeProperty().set(theme));
                for (Scale scale : SCALES) {
                    for (Cut cut : everyScreen(theme, scale)) {
                        if (seen.add(cut.key())) {
                            cuts.add(cut);
                        }
                    }
                }
            }
        } finally {
            css.removeHandler(cssHandler);
        }

        Files.writeString(CUT_LIST, byScreen(cuts));
        List<String> unexpected = cuts.stream().filter(cut -> !allowed(cut)).map(Cut::toString).toList();
        List<String> stale = NOT_YET_FIXED.entrySet().stream().filter(entry -> wanted(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream()
                        .filter(known -> cuts.stream().noneMatch(cut -> cut.screen().equals(entry.getKey())
                                && matches(known, cut)))
                        .map(known -> entry.getKey() + " | " + known))
                .toList();
        assertThat(unexpected).as("texts cut short (full list in %s)", CUT_LIST.toAbsolutePath()).isEmpty();
        assertThat(stale).as("fixed: remove these from NOT_YET_FIXED").isEmpty();
    }

    private static boolean allowed(Cut cut) {
        return NOT_YET_FIXED.getOrDefault(cut.screen(), List.of()).stream().anyMatch(known -> matches(known, cut));
    }

    private static boolean matches(String known, Cut cut) {
        return known.endsWith("*") ? cut.full().startsWith(known.substring(0, known.length() - 1))
                : cut.full().equals(known);
    }

    private static String byScreen(List<Cut> cuts) {
        Map<String, List<Cut>> grouped = cuts.stream()
                .collect(Collectors.groupingBy(Cut::screen, LinkedHashMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder("# screen | scale | where | full text | shown text\n");
        grouped.forEach((screen, list) -> {
            text.append("\n## ").append(screen).append(" (").append(list.size()).append(")\n");
            list.forEach(cut -> text.append(cut).append('\n'));
        });
        return text.toString();
    }

    /** Every screen (and the sidebar and the switcher) at one scale in one theme: its cuts and a picture. */
    private List<Cut> everyScreen(Theme theme, Scale scale) throws Exception {
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.setRenderScaleX(scale.factor());
            stage.setRenderScaleY(scale.factor());
            stage.setWidth(scale.width());
            stage.setHeight(scale.height());
            stage.setX(0);
            stage.setY(0);
        });
        List<Cut> cuts = new ArrayList<>();
        String tag = theme.name().toLowerCase(java.util.Locale.ROOT);

        if (wanted("sidebar") || wanted("welcome")) {
            show(Screen.WELCOME);
            if (wanted("sidebar")) {
                cuts.addAll(look("sidebar", scale, tag, running.stage().getScene().getRoot().lookup("#sidebar"), false));
            }
            if (wanted("welcome")) {
                cuts.addAll(screen("welcome", scale, tag));
            }
        }
        if (wanted("profile")) {
            show(Screen.PROFILE);
            cuts.addAll(screen("profile", scale, tag));
            cuts.addAll(suggestions(scale, tag));
        }
        if (wanted("market")) {
            show(Screen.MARKET);
            cuts.addAll(screen("market", scale, tag));
        }
        if (wanted("offers") || wanted("offer editor")) {
            cuts.addAll(offers(scale, tag));
        }
        if (wanted("compare")) {
            show(Screen.COMPARE);
            robot.interact(() -> robot.lookup("#leaveBox").queryAs(javafx.scene.control.CheckBox.class)
                    .setSelected(true));
            running.settle();
            cuts.addAll(screen("compare", scale, tag));
        }
        for (Screen screen : List.of(Screen.NEGOTIATE, Screen.CLIENTS, Screen.SOURCES, Screen.SETTINGS)) {
            String name = screen.name().toLowerCase(java.util.Locale.ROOT);
            if (wanted(name)) {
                show(screen);
                cuts.addAll(screen(name, scale, tag));
            }
        }
        if (wanted("switcher")) {
            cuts.addAll(switcher(scale, tag));
        }
        return cuts;
    }

    /** The offers list with the first offer's detail (take-home included), and the editor on it. */
    private List<Cut> offers(Scale scale, String tag) throws Exception {
        List<Cut> cuts = new ArrayList<>();
        show(Screen.OFFERS);
        OffersController offers = running.app().mainWindow().controller(Screen.OFFERS, OffersController.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> offers.table().getItems().size() == 3);
        robot.interact(() -> offers.table().getSelectionModel().select(0));
        running.settle();
        cuts.addAll(screen("offers", scale, tag));
        Node takeHome = robot.lookup("#withheldVsOwed").tryQuery().orElse(null);
        if (takeHome != null) {
            robot.interact(() -> scrollTo(takeHome));
            screen("offers take-home", scale, tag); // a picture: the offers screen's walk covered its texts
            robot.interact(() -> scrollTo(robot.lookup("#detail").query()));
        }
        robot.interact(() -> robot.lookup("#editButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#companyField").tryQuery().isPresent());
        running.settle();
        cuts.addAll(screen("offer editor", scale, tag));
        robot.interact(() -> robot.lookup("#cancelButton").queryButton().fire());
        running.settle();
        return cuts;
    }

    /**
     * Whether this run looks at a part: all of them, unless {@code -Dfit.only=profile,clients} names
     * some (a quicker loop while fixing one screen; entries of the others are then not checked).
     */
    private static boolean wanted(String part) {
        String only = System.getProperty("fit.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(part);
    }

    private void show(Screen screen) throws Exception {
        robot.interact(() -> running.app().mainWindow().show(screen));
        running.settle();
    }

    /** The shown screen's content (not the sidebar, looked at once), its popups, and a picture of the window. */
    private List<Cut> screen(String name, Scale scale, String theme) throws Exception {
        return look(name, scale, theme, running.stage().getScene().getRoot().lookup("#centre"), true);
    }

    private List<Cut> look(String name, Scale scale, String theme, Node part, boolean popups) throws Exception {
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Cut> cuts = new ArrayList<>();
        robot.interact(() -> {
            cuts.addAll(CutTexts.in(part, name, scale.name()));
            if (popups) {
                cuts.addAll(CutTexts.inPopups(stage, name, scale.name()));
            }
        });
        Shots.saveScaled(robot, stage.getScene(), scale.factor(), SHOTS, file(name, scale, theme));
        return cuts;
    }

    private static String file(String name, Scale scale, String theme) {
        return name.replace(' ', '-') + "-" + scale.name().replace("%", "") + "-" + theme;
    }

    /**
     * Profile's project suggestions: the popup must be as wide as its longest suggestion, without a
     * horizontal scroll bar, and its stylesheet must not log ClassCastExceptions.
     */
    private List<Cut> suggestions(Scale scale, String theme) throws Exception {
        TextField field = robot.lookup("#projectField").queryAs(TextField.class);
        robot.interact(() -> {
            com.counteroffer.ui.common.ScrollIntoView.show(field);
            field.requestFocus();
            field.setText("");
        });
        synchronized (cssWarnings) {
            cssWarnings.clear();
        }
        robot.interact(() -> field.setText("i")); // every suggestion has an "i"
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestionPopup() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PopupWindow popup = suggestionPopup();
        List<Cut> cuts = new ArrayList<>();
        robot.interact(() -> cuts.addAll(CutTexts.inPopups(running.stage(), "profile", scale.name())));
        Shots.saveScaled(robot, running.stage().getScene(), scale.factor(), SHOTS, file("profile-suggestions", scale, theme));
        Shots.saveScaled(robot, popup.getScene(), scale.factor(), SHOTS, file("profile-suggestion-popup", scale, theme));
        robot.interact(() -> {
            for (Node node : popup.getScene().getRoot().lookupAll(".list-view")) {
                for (Node bar : node.lookupAll(".scroll-bar")) {
                    if (bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL
                            && scroll.isVisible()) {
                        String longest = ProjectSuggestions.ALL.stream()
                                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                        cuts.add(new Cut("profile", scale.name(), "#projectField suggestions (horizontal scroll bar, "
                                + Math.round(((ListView<?>) node).getWidth()) + " px wide)", longest, "scrolled"));
                    }
                }
            }
        });
        synchronized (cssWarnings) {
            if (!cssWarnings.isEmpty()) {
                cuts.add(new Cut("profile", scale.name(), "#projectField suggestions stylesheet",
                        "ClassCastException warnings from CSS", cssWarnings.size() + " warnings, e.g. "
                                + cssWarnings.get(0).lines().findFirst().orElse("")));
            }
        }
        robot.interact(() -> {
            popup.hide();
            field.setText("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        return cuts;
    }

    private static PopupWindow suggestionPopup() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof javafx.scene.control.PopupControl popup && window.isShowing()
                    && popup.getStyleClass().contains("auto-complete-popup")) {
                return popup;
            }
        }
        return null;
    }

    /** The client switcher, a window of its own, at the same scale. */
    private List<Cut> switcher(Scale scale, String theme) throws Exception {
        robot.interact(() -> ((javafx.scene.control.Button) running.stage().getScene().getRoot()
                .lookup("#clientButton")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.app().mainWindow().switcher() != null
                && running.app().mainWindow().switcher().stage().isShowing());
        Stage stage = running.app().mainWindow().switcher().stage();
        robot.interact(() -> {
            stage.setRenderScaleX(scale.factor());
            stage.setRenderScaleY(scale.factor());
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Cut> cuts = new ArrayList<>();
        robot.interact(() -> cuts.addAll(CutTexts.in(stage, "switcher", scale.name())));
        Shots.saveScaled(robot, stage.getScene(), scale.factor(), SHOTS, file("switcher", scale, theme));
        robot.interact(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
        return cuts;
    }

    /** Scrolls the nearest scroll pane so that {@code node} is at its top. */
    private static void scrollTo(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
                javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double range = content.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, at.getMinY() / range));
                return;
            }
        }
    }

    /** Two clients with long names; the first has a seven-figure profile and three seven-figure offers. */
    private Path database() throws Exception {
        Path db = folder.resolve("fit.db");
        Client other;
        try (Database database = Database.open(db)) {
            ClientRepository clients = new ClientRepository(database, Clock.systemUTC());
            clients.rename(1, LONG_CLIENT).join();
            other = clients.add(OTHER_CLIENT).join();
            ProfileRepository profiles = new ProfileRepository(database, Clock.systemUTC());
            profiles.save(1, new Profile(Level.SENIOR, 14, List.of(ProjectSuggestions.ALL.get(4),
                    "Rebuilt the multi-region GPU scheduling and preemption service for foundation-model training"),
                    "seattle", null, null, null, Set.of(), 1_250_000L, 250_000L, 1_200_000L, 4_800_000L,
                    MarketAssumptions.NONE)).join();
            profiles.save(other.id(), new Profile(Level.SENIOR, 9, List.of(), null, null, null, null, Set.of(),
                    1_100_000L, null, null, null, MarketAssumptions.NONE)).join();
        }
        try (Services services = Services.open(db)) {
            services.offers().add(1, offer("sample-current-job.json", "Current Employer Holdings International",
                    "Distinguished Machine Learning Infrastructure Engineer", 1_250_000,
                    json -> json.replace("\"shares\": 1200", "\"shares\": 48000")
                            .replace("\"share_price\": 85.50", "\"share_price\": 100.00")));
            services.offers().add(1, offer("sample-bigtech-amazon.json", "Northwind Cloud Computing Worldwide",
                    "Principal AI Infrastructure Engineer, Foundation Models", 1_350_000,
                    json -> json.replace("\"grant_value\": 400000", "\"grant_value\": 4800000")
                            .replace("\"amount\": 50000", "\"amount\": 1250000")));
            services.offers().add(1, offer("sample-ai-startup.json", "Lattice Artificial Intelligence Laboratories",
                    "Founding Member of Technical Staff, ML Infrastructure", 1_100_000, json -> json));
        }
        return db;
    }

    private com.counteroffer.domain.offer.Offer offer(String sample, String company, String title, long base,
            java.util.function.UnaryOperator<String> more) throws Exception {
        String json = Files.readString(Path.of("assets/sample-offers", sample))
                .replaceFirst("\"company\": \"[^\"]*\"", "\"company\": \"" + company + "\"")
                .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + title + "\"")
                .replaceFirst("\"base\": \\d+", "\"base\": " + base);
        Path file = folder.resolve(sample);
        Files.writeString(file, more.apply(json));
        return OfferService.readFile(file);
    }
}
