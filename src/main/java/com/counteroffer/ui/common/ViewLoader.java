package com.counteroffer.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML, which lives beside its controller with the same name less "Controller"
 * ({@code SettingsController} → {@code Settings.fxml}). Controllers come from constructor-wired
 * factories; an unregistered controller fails at once rather than being built reflectively.
 */
public final class ViewLoader {

    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllerFactories;

    public ViewLoader(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllerFactories) {
        this.bundle = bundle;
        this.controllerFactories = controllerFactories;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL location = controllerType.getResource(name);
        if (location == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, bundle);
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    private Object controller(Class<?> type) {
        Supplier<?> factory = controllerFactories.get(type);
        if (factory == null) {
            throw new IllegalStateException("No controller factory registered for " + type.getName());
        }
        return factory.get();
    }
}
