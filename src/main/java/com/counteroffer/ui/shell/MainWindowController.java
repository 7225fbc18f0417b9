package com.counteroffer.ui.shell;

import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.LeaveGuard;

import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.ThemeManager;
import com.counteroffer.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The application shell: a sidebar with one button per screen and the theme switch, and the
 * content area. Screens are loaded the first time they are opened, not at start-up.
 */
public final class MainWindowController {

    private final ViewLoader viewLoader;
    private final AppSettings settings;
    private final ThemeManager themeManager;
    private final Map<Screen, ViewLoader.View<?>> loadedScreens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML
    private BorderPane root;
    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private ToggleButton darkThemeToggle;
    @FXML
    private ToggleButton presentationToggle;
    @FXML
    private ToggleButton privacyToggle;
    @FXML
    private javafx.scene.control.Button clientButton;

    /** The screens a coach presents; presentation mode hides the rest. */
    static final java.util.Set<Screen> PRESENTED = java.util.EnumSet.of(Screen.MARKET, Screen.OFFERS, Screen.COMPARE,
            Screen.NEGOTIATE);
    private com.counteroffer.ui.clients.ClientSwitcher switcher;
    private com.counteroffer.ui.common.ClientData clientData;
    private com.counteroffer.ui.common.PrivacyMask privacyMask;
    private final java.util.List<String> clientNames = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Navigator navigator;
    private Screen current;

    public MainWindowController(ViewLoader viewLoader, AppSettings settings, ThemeManager themeManager,
                                Navigator navigator) {
        this.viewLoader = viewLoader;
        this.settings = settings;
        this.themeManager = themeManager;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        navigator.connect(this::show);
        ResourceBundle bundle = viewLoader.bundle();
        Screen[] screens = Screen.values();
        for (int i = 0; i < screens.length; i++) {
            Screen screen = screens[i];
            String title = bundle.getString(screen.titleKey());
            ToggleButton button = new ToggleButton(title, new FontIcon(screen.icon()));
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.setAccessibleText(title);
            if (i < 9) {
                button.setTooltip(new Tooltip(MessageFormat.format(bundle.getString("nav.shortcutHint"), i + 1)));
            }
            button.setOnAction(event -> show(screen));
            navButtons.put(screen, button);
            navigation.getChildren().add(button);
        }
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
        // Coach tools appear only in coach mode: a job seeker with one client never sees them.
        var coach = settings.coachModeProperty();
        var coachNotPresenting = coach.and(presentationToggle.selectedProperty().not());
        showWhen(presentationToggle, coach);
        showWhen(privacyToggle, coach);
        showWhen(clientButton, coachNotPresenting);
        showWhen(navButtons.get(Screen.CLIENTS), coachNotPresenting);
        presentationToggle.selectedProperty().addListener((o, was, on) -> applyPresentation(on));
        privacyToggle.selectedProperty().addListener((o, was, on) -> {
            if (privacyMask != null) {
                privacyMask.set(on);
            }
            updateClientButton();
        });
        darkThemeToggle.setSelected(settings.themeProperty().get() == Theme.DARK);
        darkThemeToggle.selectedProperty().addListener((observable, old, dark) ->
                settings.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        settings.themeProperty().addListener((observable, old, theme) ->
                darkThemeToggle.setSelected(theme == Theme.DARK));
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Connects the client switching that coach mode offers. */
    public void connectClients(com.counteroffer.ui.clients.ClientSwitcher clientSwitcher,
                               com.counteroffer.ui.common.ClientData data) {
        this.switcher = clientSwitcher;
        this.clientData = data;
        clientSwitcher.setLeaveGuard(this::confirmLeave);
        data.clientNameProperty().addListener((o, was, now) -> updateClientButton());
        data.clientIdProperty().addListener((o, was, now) -> refreshClientNames());
        updateClientButton();
        refreshClientNames();
    }

    private void refreshClientNames() {
        if (switcher != null) {
            switcher.clients().list().thenAccept(list -> {
                clientNames.clear();
                list.forEach(client -> clientNames.add(client.name()));
            });
        }
    }

    private void updateClientButton() {
        if (clientData != null) {
            String name = privacyToggle.isSelected() ? com.counteroffer.ui.common.PrivacyMask.MASKED_NAME
                    : clientData.clientNameProperty().get();
            clientButton.setText(java.text.MessageFormat.format(viewLoader.bundle().getString("shell.client"), name));
        }
    }

    /** The quick switcher: pick another client (Ctrl+K). */
    @FXML
    void showSwitcher() {
        if (switcher == null || !settings.coachModeProperty().get()) {
            return;
        }
        com.counteroffer.ui.common.FxFutures.onFx(switcher.clients().list(), list -> {
            var current = list.stream().filter(c -> c.id() == clientData.clientId()).findFirst().orElse(null);
            javafx.scene.control.ChoiceDialog<com.counteroffer.domain.client.Client> dialog =
                    new javafx.scene.control.ChoiceDialog<>(current, list.stream().filter(c -> !c.archived()).toList());
            dialog.setTitle(viewLoader.bundle().getString("clients.switcher.title"));
            dialog.setHeaderText(viewLoader.bundle().getString("clients.switcher.header"));
            if (root.getScene() != null) {
                dialog.initOwner(root.getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(client -> switcher.switchTo(client, error -> { }));
        }, error -> { });
    }

    private void applyPresentation(boolean on) {
        javafx.stage.Stage stage = (javafx.stage.Stage) root.getScene().getWindow();
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
            if (!PRESENTED.contains(current)) {
                show(Screen.MARKET);
            }
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

    public boolean privacy() {
        return privacyToggle.isSelected();
    }

    /** Installs keyboard shortcuts once the view is in its scene. */
    public void installShortcuts(Scene scene) {
        privacyMask = new com.counteroffer.ui.common.PrivacyMask(scene, () -> clientNames);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::showSwitcher);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> {
                    if (settings.coachModeProperty().get()) {
                        privacyToggle.setSelected(!privacyToggle.isSelected());
                    }
                });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            if (settings.coachModeProperty().get()) {
                presentationToggle.setSelected(!presentationToggle.isSelected());
            }
        });
        scene.windowProperty().addListener((o, was, window) -> {
            if (window instanceof javafx.stage.Stage stage) {
                // Esc leaves full screen; presentation mode ends with it.
                stage.fullScreenProperty().addListener((p, wasFull, full) -> {
                    if (!full && presentationToggle.isSelected()) {
                        presentationToggle.setSelected(false);
                    }
                });
            }
        });
        Screen[] screens = Screen.values();
        for (int i = 0; i < Math.min(9, screens.length); i++) {
            Screen screen = screens[i];
            scene.getAccelerators().put(
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> show(screen));
        }
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                themeManager::toggle);
    }

    /** Opens a screen, unless the current one has unsaved changes the user wants to keep editing. */
    public void show(Screen screen) {
        if (screen != current && !confirmLeave()) {
            navButtons.get(current).setSelected(true);
            return;
        }
        ViewLoader.View<?> view = loadedScreens.computeIfAbsent(screen, this::load);
        content.getChildren().setAll(view.root());
        navButtons.get(screen).setSelected(true);
        current = screen;
    }

    /** Asks the current screen whether it may be left (also when the window closes). */
    public boolean confirmLeave() {
        if (current == null) {
            return true;
        }
        ViewLoader.View<?> view = loadedScreens.get(current);
        return !(view.controller() instanceof LeaveGuard guard) || guard.confirmLeave();
    }

    public Screen current() {
        return current;
    }

    /** The controller of a screen that has been opened, for tests and for screens that talk to each other. */
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
