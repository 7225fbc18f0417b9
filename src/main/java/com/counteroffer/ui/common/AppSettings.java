package com.counteroffer.ui.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The user's preferences as JavaFX properties. Changes are saved a moment after the last one
 * (so dragging a window does not write the file a hundred times), on a background thread.
 */
public final class AppSettings {

    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());
    private static final Duration SAVE_DELAY = Duration.millis(400);
    private static final int MAX_RECENT_CLIENTS = 50;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<WindowBounds> windowBounds = new SimpleObjectProperty<>(this, "windowBounds");
    private final BooleanProperty windowMaximized = new SimpleBooleanProperty(this, "windowMaximized");
    private final BooleanProperty coachMode = new SimpleBooleanProperty(this, "coachMode");
    /** The clients shown lately, the shown one first: the switcher's order and the client the app opens on. */
    private final ObjectProperty<List<Long>> recentClients = new SimpleObjectProperty<>(this, "recentClients", List.of());
    /** The folder a file was last chosen in; saved only outside coach mode (a folder may name a client). */
    private final ObjectProperty<java.nio.file.Path> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");
    /** How long an undo banner stays; not saved (tests shorten it). */
    private final ObjectProperty<Duration> undoWindow = new SimpleObjectProperty<>(this, "undoWindow", Duration.seconds(10));

    private final SettingsStorage file;
    private final Executor io;
    private PauseTransition pendingSave;
    /** What the file holds now, so that an unchanged session does not rewrite it. */
    private volatile Map<String, String> onDisk = Map.of();
    /** Set by the final save at shutdown; later changes are not written by the background saver. */
    private volatile boolean closed;

    private AppSettings(SettingsStorage file, Executor io) {
        this.file = file;
        this.io = io;
    }

    /** Loads the file (blocking; call off the JavaFX thread) into a settings object. */
    public static AppSettings load(SettingsStorage file, Executor io) {
        AppSettings settings = new AppSettings(file, io);
        settings.apply(file.load());
        settings.onDisk = settings.toMap();
        return settings;
    }

    /** Starts saving changes automatically; call on the JavaFX thread once the toolkit runs. */
    public void saveChangesAutomatically() {
        pendingSave = new PauseTransition(SAVE_DELAY);
        pendingSave.setOnFinished(event -> saveInBackground());
        for (Observable property : new Observable[] {theme, windowBounds, windowMaximized, coachMode, recentClients,
                lastFolder}) {
            property.addListener(changed -> pendingSave.playFromStart());
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<WindowBounds> windowBoundsProperty() {
        return windowBounds;
    }

    public BooleanProperty windowMaximizedProperty() {
        return windowMaximized;
    }

    /** Coach mode shows the clients, the switcher and session notes; a job seeker never sees them. */
    public BooleanProperty coachModeProperty() {
        return coachMode;
    }

    /** The clients shown lately, most recent first (ids); the first is the one the app opens on. */
    public ObjectProperty<List<Long>> recentClientsProperty() {
        return recentClients;
    }

    /** Puts a client first among the recent ones (it is being shown). */
    public void clientShown(long clientId) {
        List<Long> recent = new ArrayList<>(recentClients.get());
        recent.remove(Long.valueOf(clientId));
        recent.add(0, clientId);
        recentClients.set(List.copyOf(recent.subList(0, Math.min(recent.size(), MAX_RECENT_CLIENTS))));
    }

    /** Keeps the recent clients up to date with the client the session shows, from now on. */
    public void followShownClient(ClientSession session) {
        clientShown(session.clientId());
        session.clientIdProperty().addListener((o, was, now) -> clientShown(now.longValue()));
    }

    /** The folder the last file dialog's choice was in (see {@link StartFolder}); null before any. */
    public ObjectProperty<java.nio.file.Path> lastFolderProperty() {
        return lastFolder;
    }

    /** How long an undo banner is offered before it goes (see {@link UndoBanner}). */
    public ObjectProperty<Duration> undoWindowProperty() {
        return undoWindow;
    }

    public SettingsStorage file() {
        return file;
    }

    /** Writes the current values now, on the calling thread, and stops saving automatically (shutdown). */
    public void saveNow() {
        closed = true;
        write(toMap());
    }

    Map<String, String> toMap() {
        Map<String, String> values = new TreeMap<>();
        values.put("theme", theme.get().name().toLowerCase(java.util.Locale.ROOT));
        WindowBounds bounds = windowBounds.get();
        if (bounds != null) {
            values.put("window.x", Double.toString(bounds.x()));
            values.put("window.y", Double.toString(bounds.y()));
            values.put("window.width", Double.toString(bounds.width()));
            values.put("window.height", Double.toString(bounds.height()));
        }
        values.put("window.maximized", Boolean.toString(windowMaximized.get()));
        values.put("coach.mode", Boolean.toString(coachMode.get()));
        if (!recentClients.get().isEmpty()) {
            values.put("clients.recent", recentClients.get().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (lastFolder.get() != null && !coachMode.get()) {
            values.put("files.lastFolder", lastFolder.get().toString());
        }
        return values;
    }

    private void apply(Map<String, String> values) {
        theme.set(Theme.parse(values.get("theme")));
        OptionalDouble x = number(values.get("window.x"));
        OptionalDouble y = number(values.get("window.y"));
        OptionalDouble width = number(values.get("window.width"));
        OptionalDouble height = number(values.get("window.height"));
        if (x.isPresent() && y.isPresent() && width.isPresent() && height.isPresent()
                && width.getAsDouble() > 0 && height.getAsDouble() > 0) {
            windowBounds.set(new WindowBounds(x.getAsDouble(), y.getAsDouble(), width.getAsDouble(), height.getAsDouble()));
        }
        windowMaximized.set(Boolean.parseBoolean(values.get("window.maximized")));
        coachMode.set(Boolean.parseBoolean(values.get("coach.mode")));
        recentClients.set(ids(values.get("clients.recent")));
        lastFolder.set(folder(values.get("files.lastFolder")));
    }

    private void saveInBackground() {
        if (closed) {
            return;
        }
        Map<String, String> snapshot = toMap();
        io.execute(() -> write(snapshot));
    }

    private synchronized void write(Map<String, String> values) {
        if (values.equals(onDisk)) {
            return;
        }
        try {
            file.save(values);
            onDisk = values;
        } catch (IOException | RuntimeException e) {
            // Preferences only: losing a window position must not interrupt the user's work.
            LOG.log(Level.WARNING, "Could not save settings to " + file.file(), e);
        }
    }

    /** "3,1,5" as ids; a part that is not a positive id (a hand-edited file) is skipped. */
    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                try {
                    long id = Long.parseLong(part.strip());
                    if (id > 0 && !ids.contains(id) && ids.size() < MAX_RECENT_CLIENTS) {
                        ids.add(id);
                    }
                } catch (NumberFormatException e) {
                    // skipped: the others still say which clients were shown lately
                }
            }
        }
        return List.copyOf(ids);
    }

    private static java.nio.file.Path folder(String value) {
        try {
            return value == null || value.isBlank() ? null : java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // a hand-edited line: the documents folder will do
        }
    }

    private static OptionalDouble number(String value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
