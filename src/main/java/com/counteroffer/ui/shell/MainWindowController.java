package com.counteroffer.ui.shell;

import com.counteroffer.service.DataChange;

import com.counteroffer.ui.common.FocusFirst;
import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.ClientSession;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.ErrorReporter;
import com.counteroffer.ui.common.LeaveGuard;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.ThemeManager;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.switcher.SwitcherModel;
import com.counteroffer.ui.switcher.SwitcherView;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The application shell: a sidebar with one button per screen and the theme switch, and the
 * content area. Screens are loaded the first time they are opened, not at start-up.
 */
public final class MainWindowController {

    /** The screens a coach presents; presentation mode hides the rest. */
    static final Set<Screen> PRESENTED = EnumSet.of(Screen.MARKET, Screen.OFFERS, Screen.COMPARE, Screen.NEGOTIATE);

    private final ViewLoader viewLoader;
    private final UiContext ui;
    private final AppSettings settings;
    private final ThemeManager themeManager;
    private final ErrorReporter errors;
    private final ClientSession session;
    private final Map<Screen, ViewLoader.View<?>> loadedScreens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private Screen current;
    private SwitcherView switcher;
    private final Runnable keepReadOnly = this::keepReadOnly;
    private javafx.scene.input.KeyCombination fullScreenExit;
    private boolean unblanking;

    @FXML private BorderPane root;
    @FXML private VBox sidebar;
    @FXML private javafx.scene.control.ScrollPane sidebarScroll;
    @FXML private VBox centre;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private ToggleButton darkThemeToggle;
    @FXML private ToggleButton presentationToggle;
    @FXML private ToggleButton privacyToggle;
    @FXML private Button clientButton;
    @FXML private Label unreadableNotice;

    public MainWindowController(ViewLoader viewLoader, UiContext ui, ThemeManager themeManager, ErrorReporter errors) {
        this.viewLoader = viewLoader;
        this.ui = ui;
        this.settings = ui.settings();
        this.themeManager = themeManager;
        this.errors = errors;
        this.session = ui.session();
    }

    @FXML
    private void initialize() {
        ui.navigator().connect(this::show);
        Screen[] screens = Screen.values();
        for (int i = 0; i < screens.length; i++) {
            Screen screen = screens[i];
            String title = ui.text(screen.titleKey());
            ToggleButton button = new ToggleButton(title, new FontIcon(screen.icon()));
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.setAccessibleText(title);
            button.setTooltip(new Tooltip(title));
            button.visibleProperty().addListener((o, was, now) -> numberShortcutHints());
            button.setOnAction(event -> show(screen));
            navButtons.put(screen, button);
            navigation.getChildren().add(button);
        }
        sidebar.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::sidebarKeys);
        // A selected navigation button stays selected: clicking it again must not leave no screen chosen.
        navGroup.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        darkThemeToggle.setGraphic(new FontIcon(Feather.MOON));
        presentationToggle.setGraphic(new FontIcon(Feather.MONITOR));
        privacyToggle.setGraphic(new FontIcon(Feather.EYE_OFF));
        clientButton.setGraphic(new FontIcon(Feather.USERS));
        clientButton.setMaxWidth(Double.MAX_VALUE);
        // A long name wraps onto more lines rather than being cut; the button grows to hold them.
        clientButton.setWrapText(true);
        clientButton.setMinHeight(Region.USE_PREF_SIZE);
        fitSidebar();
        // Coach tools appear only in coach mode: a job seeker with one client never sees them.
        var coach = settings.coachModeProperty();
        var coachNotPresenting = coach.and(presentationToggle.selectedProperty().not());
        showWhen(presentationToggle, coach);
        showWhen(privacyToggle, coach);
        showWhen(clientButton, coachNotPresenting);
        showWhen(navButtons.get(Screen.CLIENTS), coachNotPresenting);
        presentationToggle.selectedProperty().addListener((o, was, on) -> applyPresentation(on));
        // The toggle is privacy mode itself: every screen draws its amounts and names through ui.privacy().
        privacyToggle.selectedProperty().bindBidirectional(ui.privacy().onProperty());
        ui.privacy().onProperty().addListener((o, was, on) -> updateClientButton());
        // Notes may name any client: privacy mode needs every name to hide it in what was typed.
        knowClients();
        ui.services().changes().listen(change -> {
            if (change instanceof DataChange.Clients || change instanceof DataChange.Everything) {
                ui.tasks().onUi(this::knowClients);
            }
        });
        darkThemeToggle.setSelected(settings.themeProperty().get() == Theme.DARK);
        darkThemeToggle.selectedProperty().addListener((observable, old, dark) ->
                settings.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        settings.themeProperty().addListener((observable, old, theme) -> darkThemeToggle.setSelected(theme == Theme.DARK));

        // Before another client is shown, every screen lets go of what was typed for this one.
        session.setLeaveGuard(this::releaseDrafts);
        session.clientNameProperty().addListener((o, was, now) -> updateClientButton());
        updateClientButton();
        numberShortcutHints();
        unreadableNotice.textProperty().bind(session.noticeProperty());
        showWhen(unreadableNotice, session.noticeProperty().isNotEmpty());
    }

    /** The navigation items on screen, top to bottom: Ctrl+1 … Ctrl+9 open them in this order. */
    private List<Screen> shownScreens() {
        return navButtons.entrySet().stream().filter(entry -> entry.getValue().isVisible()).map(Map.Entry::getKey)
                .toList();
    }

    /** Up and Down walk the sidebar's entries (round from the last to the first), Enter opens the one focused. */
    private void sidebarKeys(javafx.scene.input.KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        List<javafx.scene.control.ButtonBase> entries = sidebarEntries();
        javafx.scene.control.ButtonBase focused = entries.stream().filter(Node::isFocused).findFirst().orElse(null);
        if (focused == null) {
            return;
        }
        int at = entries.indexOf(focused);
        switch (event.getCode()) {
            case UP, KP_UP -> entries.get((at - 1 + entries.size()) % entries.size()).requestFocus();
            case DOWN, KP_DOWN -> entries.get((at + 1) % entries.size()).requestFocus();
            case ENTER -> focused.fire();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** The sidebar's buttons shown, top to bottom: the client, the screens, then the switches. */
    private List<javafx.scene.control.ButtonBase> sidebarEntries() {
        List<javafx.scene.control.ButtonBase> entries = new java.util.ArrayList<>();
        entries.add(clientButton);
        entries.addAll(navButtons.values());
        entries.addAll(List.of(presentationToggle, privacyToggle, darkThemeToggle));
        entries.removeIf(entry -> !entry.isVisible() || entry.isDisabled());
        return entries;
    }

    private void numberShortcutHints() {
        List<Screen> shown = shownScreens();
        navButtons.forEach((screen, button) -> {
            int place = shown.indexOf(screen) + 1;
            button.getTooltip().setText(place >= 1 && place <= 9 ? ui.text("nav.shortcutHint", place)
                    : ui.text(screen.titleKey()));
        });
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private void knowClients() {
        ui.tasks().run(progress -> ui.services().clients().list().stream().map(com.counteroffer.domain.client.Client::name).toList(),
                names -> ui.privacy().knowClients(names), error -> errors.report("Could not read the clients", error));
    }

    /**
     * The sidebar keeps every line whole: at least as tall as the window, taller (and scrolled) when
     * the window is short; wide enough for the longest word of the client's name, which would
     * otherwise be broken in the middle.
     */
    private void fitSidebar() {
        for (Node child : sidebar.getChildren()) {
            if (!(child.getClass() == Region.class)) { // the spacer between the screens and the toggles may shrink
                ((Region) child).setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        sidebar.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> sidebarScroll.getViewportBounds().getHeight(), sidebarScroll.viewportBoundsProperty()));
        javafx.beans.InvalidationListener widen = changed -> widenForClientName();
        clientButton.textProperty().addListener(widen);
        clientButton.fontProperty().addListener(widen);
        clientButton.insetsProperty().addListener(widen);
        sidebar.insetsProperty().addListener(widen);
    }

    private void widenForClientName() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(clientButton.getFont());
        double word = 0;
        for (String part : clientButton.getText() == null ? new String[0] : clientButton.getText().split("\\s+")) {
            probe.setText(part);
            word = Math.max(word, probe.getLayoutBounds().getWidth());
        }
        double graphic = clientButton.getGraphic() == null ? 0
                : clientButton.getGraphic().prefWidth(-1) + clientButton.getGraphicTextGap();
        double needed = Math.ceil(word + graphic + clientButton.snappedLeftInset() + clientButton.snappedRightInset()
                + clientButton.getLabelPadding().getLeft() + clientButton.getLabelPadding().getRight()
                + sidebar.snappedLeftInset() + sidebar.snappedRightInset()
                + clientButton.getFont().getSize()); // slack for the icon's own styling and rounding
        double usual = 15 * clientButton.getFont().getSize(); // the stylesheet's 15em
        // Only ever wider than usual, and at most twice as wide: a name longer still wraps inside a word.
        sidebar.setStyle(needed <= usual ? "" : "-fx-pref-width: " + Math.min(needed, 2 * usual) + "px;");
    }

    private void updateClientButton() {
        String name = ui.privacy().clientLabel(session.clientNameProperty().get());
        clientButton.setText(ui.text("shell.client", name));
        clientButton.setAccessibleText(clientButton.getText());
        clientButton.getTooltip().setText(clientButton.getText() + "\n" + ui.text("shell.switchClient.tooltip"));
    }

    /** The quick switcher: type to filter, Enter to show another client (Ctrl+K). */
    @FXML
    void showSwitcher() {
        if (!settings.coachModeProperty().get() || switcher != null && switcher.stage().isShowing()) {
            return;
        }
        SwitcherModel model = new SwitcherModel(ui, privacy(),
                error -> errors.report("Could not switch to the chosen client", error));
        switcher = SwitcherView.show(root.getScene().getWindow(), model, ui);
    }

    /** The open switcher, for tests; null before the first Ctrl+K. */
    public SwitcherView switcher() {
        return switcher;
    }

    /** Asks every screen that holds a draft to save or discard it; false when the user chose to stay. */
    public boolean releaseDrafts() {
        for (ViewLoader.View<?> view : loadedScreens.values()) {
            if (view.controller() instanceof DraftHolder holder && !holder.releaseDrafts()) {
                return false;
            }
        }
        return true;
    }

    private void applyPresentation(boolean on) {
        Stage stage = (Stage) root.getScene().getWindow();
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
            if (!PRESENTED.contains(current)) {
                show(Screen.MARKET);
            }
            // Read-only while presenting: screens redraw parts of themselves, so after every layout.
            root.getScene().addPostLayoutPulseListener(keepReadOnly);
            keepReadOnly();
            PresentationMode.toTop(content);
        } else {
            root.getScene().removePostLayoutPulseListener(keepReadOnly);
            setBlank(false);
            loadedScreens.values().forEach(view -> PresentationMode.showEditing(view.root()));
        }
        navButtons.forEach((screen, button) -> {
            boolean shown = !on || PRESENTED.contains(screen);
            if (screen == Screen.CLIENTS) {
                return;
            }
            button.setVisible(shown);
            button.setManaged(shown);
        });
        darkThemeToggle.setVisible(!on);
        darkThemeToggle.setManaged(!on);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(on);
    }

    public boolean presenting() {
        return presentationToggle.isSelected();
    }

    private void keepReadOnly() {
        if (presenting() && current != null) {
            PresentationMode.hideEditing(loadedScreens.get(current).root());
        }
    }

    /** True while the window is blanked (B while presenting): nothing is drawn, nothing can be read. */
    public boolean blank() {
        return root.getStyleClass().contains("blank");
    }

    /**
     * Blanks the whole window, or brings it back. Everything but the black background is made
     * invisible, so neither the projector nor assistive technology shows anything.
     */
    void setBlank(boolean on) {
        if (on == blank()) {
            return;
        }
        sidebar.setVisible(!on);
        centre.setVisible(!on);
        root.getStyleClass().remove("blank");
        if (on) {
            root.getStyleClass().add("blank");
        }
        root.setAccessibleText(on ? ui.text("shell.blank") : null);
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            // Esc brings the screen back instead of leaving full screen while blank.
            if (on) {
                fullScreenExit = stage.getFullScreenExitKeyCombination();
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            } else if (fullScreenExit != null) {
                // After the key that un-blanked has been handled, or that same Esc would leave full screen.
                KeyCombination exit = fullScreenExit;
                Platform.runLater(() -> stage.setFullScreenExitKeyCombination(exit));
            }
        }
    }

    public boolean privacy() {
        return privacyToggle.isSelected();
    }

    /** Installs keyboard shortcuts once the view is in its scene. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::showSwitcher);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    if (settings.coachModeProperty().get()) {
                        privacyToggle.setSelected(!privacyToggle.isSelected());
                    }
                });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            if (settings.coachModeProperty().get()) {
                presentationToggle.setSelected(!presentationToggle.isSelected());
            }
        });
        // B blanks the presented window and brings it back; Esc also brings it back. Not while typing.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            boolean typing = scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
            boolean plain = !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown();
            if (blank() && (event.getCode() == KeyCode.B || event.getCode() == KeyCode.ESCAPE)) {
                unblanking = true;
                setBlank(false);
                Platform.runLater(() -> unblanking = false);
                event.consume();
            } else if (presenting() && plain && !typing && event.getCode() == KeyCode.B) {
                setBlank(true);
                event.consume();
            } else if (blank()) {
                event.consume(); // nothing else happens behind a blank screen
            }
        });
        scene.windowProperty().addListener((o, was, window) -> {
            if (window instanceof Stage stage) {
                // Esc leaves full screen; presentation mode ends with it.
                stage.fullScreenProperty().addListener((p, wasFull, full) -> {
                    if (!full && presentationToggle.isSelected()) {
                        if (blank() || unblanking) {
                            stage.setFullScreen(true); // that Esc only brought the screen back
                        } else {
                            presentationToggle.setSelected(false);
                        }
                    }
                });
            }
        });
        for (int i = 0; i < 9; i++) {
            int place = i;
            scene.getAccelerators().put(
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> {
                        List<Screen> shown = shownScreens();
                        if (place < shown.size()) {
                            show(shown.get(place));
                        }
                    });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), themeManager::toggle);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> quit(scene));
    }

    /** Ctrl+Q: the same request as the window's close button, so unsaved changes are asked about first. */
    private static void quit(Scene scene) {
        if (scene.getWindow() instanceof Stage stage) {
            javafx.stage.WindowEvent request = new javafx.stage.WindowEvent(stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
            javafx.event.EventHandler<javafx.stage.WindowEvent> asks = stage.getOnCloseRequest();
            if (asks != null) {
                asks.handle(request);
            }
            if (!request.isConsumed()) {
                stage.close();
            }
        }
    }

    /** Opens a screen, unless the current one has unsaved changes the user wants to keep editing. */
    public void show(Screen screen) {
        // A screen the sidebar hides (Clients outside coach mode, editing screens while presenting) stays closed.
        if (current != null && !navButtons.get(screen).isVisible()) {
            navButtons.get(current).setSelected(true);
            return;
        }
        if (screen != current && !confirmLeave()) {
            navButtons.get(current).setSelected(true);
            return;
        }
        ViewLoader.View<?> view = loadedScreens.computeIfAbsent(screen, this::load);
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != view.root()) {
            content.getChildren().setAll(view.root()); // not again for the screen shown: it would leave and come back
        }
        navButtons.get(screen).setSelected(true);
        current = screen;
        if (presenting()) {
            keepReadOnly();
            PresentationMode.toTop(view.root());
        }
        // The keyboard follows into the screen, so its own shortcuts work at once (Ctrl+N on Offers),
        // onto a control that is not a text box, which would keep Ctrl+Z for itself.
        // Styled first: a scroll pane shows its content (and its controls) only once it has its skin.
        Platform.runLater(() -> {
            view.root().applyCss();
            FocusFirst.control(view.root());
        });
    }

    /** Asks the current screen whether it may be left (also when the window closes). */
    public boolean confirmLeave() {
        if (current == null) {
            return true;
        }
        ViewLoader.View<?> view = loadedScreens.get(current);
        return !(view.controller() instanceof LeaveGuard guard) || guard.confirmLeave();
    }

    /** Before the app quits (window close, Ctrl+Q): the same questions as leaving, worded for quitting. */
    public boolean confirmQuit() {
        return ui.dialogs().whileQuitting(() -> confirmLeave() && releaseDrafts());
    }

    public Screen current() {
        return current;
    }

    /** The controller of a screen that has been opened, for tests. */
    public <C> C controller(Screen screen, Class<C> type) {
        ViewLoader.View<?> view = loadedScreens.get(screen);
        return view == null ? null : type.cast(view.controller());
    }

    public Node root() {
        return root;
    }

    private ViewLoader.View<?> load(Screen screen) {
        return viewLoader.load(ScreenViews.controllerOf(screen));
    }
}
