package com.counteroffer.app;

import com.counteroffer.service.AppInfo;

import com.counteroffer.cli.StartupOptions;

import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.shell.MainWindowController;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.shell.WindowPlacement;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from a {@link Session} whose database is open. */
public final class CounterofferApp extends Application {

    /** Hands the session to the instance JavaFX constructs reflectively in {@link #run}. */
    private static volatile Session launching;

    private final Session session;
    private MainWindowController mainWindow;

    public CounterofferApp() {
        this(Objects.requireNonNull(launching, "Start Counteroffer through CounterofferApp.run"));
    }

    public CounterofferApp(Session session) {
        this.session = session;
    }

    /** Shows the window until it is closed (or the probe is done); returns the process exit code. */
    public static int run(StartupOptions options) {
        Session session = Session.begin(options);
        launching = session;
        try {
            Application.launch(CounterofferApp.class);
        } catch (RuntimeException e) {
            options.err().println("Counteroffer could not open its window: " + rootMessage(e)
                    + ". The window needs a graphical desktop (on Linux, a DISPLAY); "
                    + "the command-line commands work without one (see --help).");
            options.err().flush();
            session.fail(Session.EXIT_UNEXPECTED);
        } finally {
            session.close();
        }
        return session.exitCode();
    }

    @Override
    public void init() {
        session.awaitOpen();
    }

    @Override
    public void start(Stage stage) {
        if (session.failure() instanceof com.counteroffer.store.StoreException store
                && store.kind() == com.counteroffer.store.StoreException.Kind.DAMAGED
                && !session.options().startupProbe()) {
            offerRecovery(store, stage);
            return;
        }
        if (session.failure() instanceof com.counteroffer.store.StoreException store
                && store.kind() == com.counteroffer.store.StoreException.Kind.ALREADY_OPEN_RAISED) {
            // The open window came forward: that is the answer the user sees; no dialog on top of it.
            session.options().err().println(store.getMessage());
            session.options().err().flush();
            Platform.exit();
            return;
        }
        if (session.failure() != null) {
            reportStartupFailure(session.failure());
            return;
        }
        try {
            showMainWindow(stage);
        } catch (RuntimeException e) {
            Logger.getLogger(CounterofferApp.class.getName()).log(Level.SEVERE, "The main window could not be built", e);
            session.fail(Session.EXIT_UNEXPECTED);
            reportStartupFailure(e);
        }
    }

    /** The shell's controller, for tests that drive the window. */
    public MainWindowController mainWindow() {
        return mainWindow;
    }

    private void showMainWindow(Stage stage) {
        AppContext context = session.context();
        // The desktop opens a finished report with its own PDF viewer; nothing goes over a network.
        context.setFileOpener(file -> getHostServices().showDocument(file.toUri().toString()));
        context.setOwner(stage);
        if (!session.options().startupProbe()) {
            // A failure nobody expected is logged and told, never lost on a console nobody reads.
            Thread.setDefaultUncaughtExceptionHandler(context.errors());
        }
        ViewLoader loader = context.viewLoader();
        ViewLoader.View<MainWindowController> main = loader.load(MainWindowController.class);
        mainWindow = main.controller();
        Scene scene = new Scene(main.root());
        context.themeManager().install(scene);
        mainWindow.installShortcuts(scene);
        mainWindow.show(context.firstScreen());

        stage.setTitle(AppInfo.NAME);
        stage.getIcons().add(new Image(Objects.requireNonNull(
                CounterofferApp.class.getResourceAsStream("icon-256.png"), "icon-256.png")));
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!mainWindow.confirmQuit()) {
                event.consume();
            }
        });
        if (!session.options().startupProbe()) {
            WindowPlacement.restore(stage, context.settings());
            WindowPlacement.track(stage, context.settings());
            context.settings().saveChangesAutomatically();
        } else {
            stage.setWidth(1240);
            stage.setHeight(820);
        }
        stage.show();
        if (!session.options().startupProbe()) {
            context.answerRaiseRequests(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        }
        if (session.options().startupProbe()) {
            StartupProbe.reportFirstFrame(scene, session.options().out(), Platform::exit);
        }
    }

    /**
     * A damaged database: say so, and offer to restore the latest backup, to start a new empty
     * database (the damaged file is moved aside with a timestamp, never deleted), or to quit.
     */
    private void offerRecovery(com.counteroffer.store.StoreException failure, Stage stage) {
        com.counteroffer.store.Recovery recovery = new com.counteroffer.store.Recovery(
                session.options().databaseFile(), java.time.Clock.systemDefaultZone());
        java.util.Optional<java.nio.file.Path> latest = recovery.latestBackup();
        ButtonType restore = new ButtonType("Restore the latest backup", javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType("Start a new empty database", javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType quit = new ButtonType("Quit", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = latest.isPresent() ? new Alert(Alert.AlertType.ERROR, "", restore, fresh, quit)
                : new Alert(Alert.AlertType.ERROR, "", fresh, quit);
        alert.setTitle("Counteroffer cannot open its database");
        alert.setHeaderText("The database is damaged");
        Label text = new Label(failure.getMessage() + "\n\n" + latest.map(backup -> "The latest backup is " + backup
                + ". ").orElse("There is no backup yet. ") + "Whatever you choose, the damaged file is kept: it is moved "
                + "aside with the date in its name, never deleted.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        styleBeforeWindow(alert);
        // No window is open yet: keep the toolkit alive while the file is repaired and reopened.
        Platform.setImplicitExit(false);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == quit) {
            session.fail(Session.EXIT_STORAGE);
            Platform.setImplicitExit(true);
            Platform.exit();
            return;
        }
        Runnable repair = answer == restore ? () -> recovery.replaceWith(latest.orElseThrow()) : recovery::moveAside;
        session.retry(repair).thenRun(() -> Platform.runLater(() -> {
            Platform.setImplicitExit(true);
            start(stage);
        }));
    }

    private void reportStartupFailure(RuntimeException failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
        if (session.options().startupProbe()) {
            session.options().err().println(message);
            session.options().err().flush();
        } else {
            ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
            alert.setTitle(bundle.getString("startup.error.title"));
            alert.setHeaderText(bundle.getString("startup.error.header"));
            Label text = new Label(message);
            text.setWrapText(true);
            text.setMaxWidth(520);
            alert.getDialogPane().setContent(text);
            styleBeforeWindow(alert);
            alert.showAndWait();
        }
        Platform.exit();
    }

    /** A start-up alert looks like the app: no window (nor its theme) exists yet, so the light one. */
    private static void styleBeforeWindow(Alert alert) {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(com.counteroffer.ui.common.Theme.LIGHT.userAgentStylesheet());
        }
        com.counteroffer.ui.common.AppDialogs.style(alert, null);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
