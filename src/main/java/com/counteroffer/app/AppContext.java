package com.counteroffer.app;

import com.counteroffer.store.Database;
import com.counteroffer.store.SettingsFile;
import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.DataFiles;
import com.counteroffer.ui.common.ThemeManager;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.settings.SettingsController;
import com.counteroffer.ui.shell.MainWindowController;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The services of one running application, wired by hand through constructors: the database,
 * the settings, a background thread for file work, and the controller factories for the screens.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final AppSettings settings;
    private final ExecutorService io;
    private final ThemeManager themeManager;

    private AppContext(Database database, AppSettings settings, ExecutorService io) {
        this.database = database;
        this.settings = settings;
        this.io = io;
        this.themeManager = new ThemeManager(settings);
    }

    /** Opens the database and reads the settings. Blocking: runs before the window, off the JavaFX thread. */
    public static AppContext open(Path databaseFile) {
        Database database = Database.open(databaseFile);
        ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "counteroffer-io");
            thread.setDaemon(true);
            return thread;
        });
        AppSettings settings = AppSettings.load(SettingsFile.besideDatabase(database.file()), io);
        return new AppContext(database, settings, io);
    }

    public AppSettings settings() {
        return settings;
    }

    public ThemeManager themeManager() {
        return themeManager;
    }

    public Database database() {
        return database;
    }

    /** A loader whose controllers are built here, with their collaborators passed in. */
    public ViewLoader viewLoader() {
        ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        ViewLoader loader = new ViewLoader(bundle, controllers);
        DataFiles dataFiles = new DataFiles(database.file(), settings.file().file(), database.schemaVersion());
        controllers.put(MainWindowController.class, () -> new MainWindowController(loader, settings, themeManager));
        controllers.put(SettingsController.class,
                () -> new SettingsController(settings, dataFiles, AppInfo.version(), io));
        return loader;
    }

    /** Saves the settings and closes the database once queued work has finished. */
    @Override
    public void close() {
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settings.saveNow();
        database.close();
    }
}
