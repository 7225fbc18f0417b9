package com.counteroffer.app;

import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.ClientOverview;
import com.counteroffer.service.ClientOverviewService;
import com.counteroffer.service.MarketService;
import com.counteroffer.service.Services;
import com.counteroffer.store.Database;
import com.counteroffer.store.InstanceLock;
import com.counteroffer.store.RaiseRequests;
import com.counteroffer.store.SettingsFile;
import com.counteroffer.store.StoreException;
import com.counteroffer.ui.clients.ClientsController;
import com.counteroffer.ui.clients.DataExchangeController;
import com.counteroffer.ui.clients.NotesController;
import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.ClientSession;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.ErrorReporter;
import com.counteroffer.ui.common.FxDialogs;
import com.counteroffer.ui.common.StartFolder;
import com.counteroffer.ui.common.FxTaskRunner;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.SettingsStorage;
import com.counteroffer.ui.common.ThemeManager;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.ui.market.MarketController;
import com.counteroffer.ui.negotiate.ChecklistController;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.ui.negotiate.PackagesController;
import com.counteroffer.ui.negotiate.PlanController;
import com.counteroffer.ui.negotiate.PointsController;
import com.counteroffer.ui.negotiate.RoundsController;
import com.counteroffer.ui.negotiate.ScriptsController;
import com.counteroffer.ui.offers.OfferEditorController;
import com.counteroffer.ui.offers.OffersController;
import com.counteroffer.ui.profile.ProfileController;
import com.counteroffer.ui.settings.SettingsController;
import com.counteroffer.ui.shell.MainWindowController;
import com.counteroffer.ui.sources.SourcesController;
import com.counteroffer.ui.welcome.WelcomeController;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.stage.Window;

/**
 * The window's wiring, by hand through constructors: the database and its services, the
 * preferences, the shown client's session, the task runner and dialogs, and the controller
 * factories. Screens reach data only through the services it gives them.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final Services services;
    private final AppSettings settings;
    private final FxTaskRunner tasks;
    private final ThemeManager themeManager;
    private final ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
    private final Navigator navigator = new Navigator();
    private final ClientSession session;
    private final OwnerWindow owner = new OwnerWindow();
    private final SwitchableDialogs dialogs;
    private final ErrorReporter errors;
    private InstanceLock lock;
    private boolean nothingYet;
    private RaiseRequests raiseRequests;
    /** Opens a finished file with the desktop's own application (set by the window; none in tests). */
    private Consumer<Path> fileOpener = file -> { };

    private AppContext(Services services, AppSettings settings, ClientSession.Snapshot first, FxTaskRunner tasks) {
        this.services = services;
        this.settings = settings;
        this.tasks = tasks;
        this.themeManager = new ThemeManager(settings);
        this.dialogs = new SwitchableDialogs(new FxDialogs(owner, bundle, new StartFolder(settings.lastFolderProperty())));
        this.errors = new ErrorReporter(tasks, dialogs);
        this.session = new ClientSession(services, tasks, first);
        this.session.setProblemReporter(error -> errors.report("Could not read the client's data", error));
        // The switcher lists recent clients first and the next start opens on the last one shown.
        settings.followShownClient(session);
    }

    /** Where dialogs belong: the main window, once it exists. */
    private static final class OwnerWindow implements Supplier<Window> {
        private Window window;

        @Override
        public Window get() {
            return window;
        }
    }

    /** Opens the database and reads what the first screen shows. Blocking: before the window, off the JavaFX thread. */
    public static AppContext open(Path databaseFile) {
        // The built-in market data is parsed while the database opens: both are on the start path.
        CompletableFuture<MarketDataset> builtIn = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                builtIn.complete(MarketService.readBuiltIn());
            } catch (RuntimeException e) {
                builtIn.completeExceptionally(e);
            }
        }, "counteroffer-market-data");
        parser.setDaemon(true);
        parser.start();
        // The database opens first: it creates the folder, and names any problem with it best.
        Database database = Database.open(databaseFile);
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(database.file());
        } catch (StoreException e) {
            database.close();
            if (e.kind() == StoreException.Kind.ALREADY_OPEN
                    && RaiseRequests.ask(database.file(), Duration.ofSeconds(3))) {
                throw new StoreException(StoreException.Kind.ALREADY_OPEN_RAISED, database.file(),
                        "Counteroffer is already open with " + database.file() + "; its window was brought to the front.");
            }
            throw e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            Services services = new Services(database, Clock.systemDefaultZone(), () -> {
                try {
                    return builtIn.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
                }
            });
            services.offers().purgeDeleted();
            // Deleted notes and clients whose Undo ended with the last run go for good.
            try {
                services.notes().purgeDeleted();
                services.erase().eraseDeleted();
            } catch (RuntimeException e) {
                // A full disk can stop the compaction; the data stays hidden and the next start tries again.
                LOG.warning("Could not yet erase what was deleted: " + e.getMessage());
            }
            AppSettings settings = AppSettings.load(storage(SettingsFile.besideDatabase(database.file())),
                    command -> tasks.run(progress -> {
                        command.run();
                        return null;
                    }, done -> { }, error -> LOG.warning("Could not save the settings: " + error.getMessage())));
            boolean coach = settings.coachModeProperty().get();
            // One read of the clients' facts serves both the choice of client and the first-run question.
            List<ClientOverview> clients = services.overviews().overview();
            long start = ClientOverviewService.startClient(clients, settings.recentClientsProperty().get(), coach);
            AppContext context = new AppContext(services, settings, ClientSession.read(services, start), tasks);
            context.lock = lock;
            // A first-run page only when there is truly nothing: a coach with clients opens on one of them.
            context.nothingYet = context.session.profile() == null
                    && (!coach || clients.stream().noneMatch(ClientOverviewService::inUse));
            return context;
        } catch (RuntimeException e) {
            // Nothing may keep the file open once start-up has failed.
            tasks.close();
            database.close();
            lock.close();
            throw e;
        }
    }

    private static SettingsStorage storage(SettingsFile file) {
        return new SettingsStorage() {
            @Override
            public Map<String, String> load() {
                return file.load();
            }

            @Override
            public void save(Map<String, String> values) throws IOException {
                file.save(values);
            }

            @Override
            public Path file() {
                return file.file();
            }
        };
    }

    /**
     * The screen to open first: the welcome on an empty store, the profile of a client without one
     * yet, else the market position.
     */
    public Screen firstScreen() {
        if (nothingYet) {
            return Screen.WELCOME;
        }
        return session.profile() == null ? Screen.PROFILE : Screen.MARKET;
    }

    public ClientSession session() {
        return session;
    }

    public Services services() {
        return services;
    }

    public AppSettings settings() {
        return settings;
    }

    public ThemeManager themeManager() {
        return themeManager;
    }

    public ErrorReporter errors() {
        return errors;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = opener;
    }

    /** Answers the screens' questions some other way (tests, where no native dialog can open). */
    public void replaceDialogs(Dialogs replacement) {
        dialogs.use(replacement);
    }

    /** The window dialogs belong to (and take their look from). */
    public void setOwner(Window window) {
        owner.window = window;
    }

    /** What every screen gets. */
    public UiContext ui() {
        return new UiContext(services, session, tasks, dialogs, navigator, bundle, settings);
    }

    /** A loader whose controllers are built here, with their collaborators passed in. */
    public ViewLoader viewLoader() {
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        ViewLoader loader = new ViewLoader(bundle, controllers);
        UiContext ui = ui();
        controllers.put(MainWindowController.class, () -> new MainWindowController(loader, ui, themeManager, errors));
        controllers.put(WelcomeController.class, () -> new WelcomeController(ui));
        controllers.put(ProfileController.class, () -> new ProfileController(ui));
        controllers.put(MarketController.class, () -> new MarketController(ui));
        controllers.put(SourcesController.class, () -> new SourcesController(ui));
        controllers.put(OffersController.class, () -> new OffersController(ui, loader));
        controllers.put(OfferEditorController.class, () -> new OfferEditorController(ui));
        controllers.put(ClientsController.class, () -> new ClientsController(ui, new ReportService(services),
                file -> fileOpener.accept(file)));
        controllers.put(NotesController.class, () -> new NotesController(ui));
        controllers.put(com.counteroffer.ui.clients.ActionItemsController.class,
                () -> new com.counteroffer.ui.clients.ActionItemsController(ui));
        controllers.put(DataExchangeController.class, () -> new DataExchangeController(ui));
        controllers.put(NegotiateController.class, () -> new NegotiateController(ui));
        controllers.put(PlanController.class, PlanController::new);
        controllers.put(PackagesController.class, PackagesController::new);
        controllers.put(PointsController.class, PointsController::new);
        controllers.put(ScriptsController.class, ScriptsController::new);
        controllers.put(RoundsController.class, RoundsController::new);
        controllers.put(ChecklistController.class, ChecklistController::new);
        controllers.put(CompareController.class, () -> new CompareController(ui));
        controllers.put(SettingsController.class, () -> new SettingsController(ui));
        return loader;
    }

    /**
     * Runs {@code raise} (on a background thread) whenever a second launch on the same database asks
     * this window to come forward. Without it, a second launch only says Counteroffer is already open.
     */
    public void answerRaiseRequests(Runnable raise) {
        try {
            raiseRequests = RaiseRequests.watch(services.databaseFile(), raise);
        } catch (IOException e) {
            LOG.warning("A second launch can't bring this window forward: " + e.getMessage());
        }
    }

    /** Saves the settings and closes the database once queued work has finished. */
    @Override
    public void close() {
        tasks.close();
        settings.saveNow();
        services.close();
        if (raiseRequests != null) {
            raiseRequests.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
