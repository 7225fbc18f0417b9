package com.counteroffer.testing;

import com.counteroffer.domain.client.Client;
import com.counteroffer.service.ClientService;
import com.counteroffer.service.Services;
import com.counteroffer.store.Database;
import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.ClientSession;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.SettingsStorage;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What a screen's model runs on in a test, without a toolkit: the real services on a database in a
 * temporary folder, the shown client's session, a task runner that finishes work at once and
 * dialogs that answer from a script. Everything a window would do, minus the window.
 */
public final class UiFixture implements AutoCloseable {

    /** A fixed day, so dates in plans and rounds are the same on every run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    private final Services services;
    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ClientSession session;
    private final UiContext ui;
    private final List<Screen> navigated = new ArrayList<>();

    private UiFixture(Services services) {
        this.services = services;
        this.session = new ClientSession(services, tasks, ClientSession.read(services, ClientService.DEFAULT_CLIENT_ID));
        Navigator navigator = new Navigator();
        navigator.connect(navigated::add);
        Map<String, String> stored = new HashMap<>();
        AppSettings settings = AppSettings.load(new SettingsStorage() {
            @Override
            public Map<String, String> load() {
                return stored;
            }

            @Override
            public void save(Map<String, String> values) {
                stored.clear();
                stored.putAll(values);
            }

            @Override
            public Path file() {
                return Path.of("settings.properties");
            }
        }, Runnable::run);
        this.ui = new UiContext(services, session, tasks, dialogs, navigator,
                ResourceBundle.getBundle("com.counteroffer.i18n.messages"), settings);
        settings.followShownClient(session);
    }

    /** The fixture on a new database in {@code folder}. */
    public static UiFixture open(Path folder) {
        return new UiFixture(new Services(Database.open(folder.resolve("ui.db")), CLOCK, Services.builtInOnDemand()));
    }

    public UiContext ui() {
        return ui;
    }

    public Services services() {
        return services;
    }

    public ClientSession session() {
        return session;
    }

    public ScriptedDialogs dialogs() {
        return dialogs;
    }

    public ImmediateTaskRunner tasks() {
        return tasks;
    }

    /** The screens the models sent the user to, in order. */
    public List<Screen> navigated() {
        return List.copyOf(navigated);
    }

    /** Adds a client and shows it, as the quick switcher would. */
    public Client switchToNew(String name) {
        Client client = services.clients().add(name);
        session.switchTo(client, error -> {
            throw new AssertionError("switching failed", error);
        });
        return client;
    }

    @Override
    public void close() {
        services.close();
    }
}
