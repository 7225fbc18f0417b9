package com.counteroffer.ui.common;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<WindowBounds> windowBounds = new SimpleObjectProperty<>(this, "windowBounds");
    private final BooleanProperty windowMaximized = new SimpleBooleanProperty(this, "windowMaximized");
    private final BooleanProperty coachMode = new SimpleBooleanProperty(this, "coachMode");

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
        for (Observable property : new Observable[] {theme, windowBounds, windowMaximized, coachMode}) {
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
