package com.counteroffer.app;

import com.counteroffer.service.AppInfo;

import com.counteroffer.domain.client.Client;

import com.counteroffer.domain.offer.StoredOffer;

import com.counteroffer.store.Database;
import com.counteroffer.store.SettingsFile;
import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.DataFiles;
import com.counteroffer.ui.common.ThemeManager;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.settings.SettingsController;
import com.counteroffer.ui.shell.MainWindowController;
import com.counteroffer.data.DatasetException;
import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.report.ReportService;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.InstanceLock;
import com.counteroffer.store.RaiseRequests;
import com.counteroffer.store.StoreException;
import com.counteroffer.store.ComparisonRepository;
import com.counteroffer.store.SessionNoteRepository;
import com.counteroffer.ui.clients.ClientSwitcher;
import com.counteroffer.ui.clients.ClientsController;
import com.counteroffer.ui.clients.DataExchangeController;
import com.counteroffer.store.DataExchange;
import com.counteroffer.ui.common.LiveAssumptions;
import com.counteroffer.store.NegotiationRepository;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.store.MarketDatasetRepository;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.ui.offers.OfferEditorController;
import com.counteroffer.ui.offers.OffersController;
import java.util.List;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.MarketData;
import com.counteroffer.ui.common.TaxData;
import com.counteroffer.ui.market.MarketController;
import com.counteroffer.ui.profile.ProfileController;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.sources.SourcesController;
import com.counteroffer.ui.welcome.WelcomeController;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The services of one running application, wired by hand through constructors: the database,
 * the settings, a background thread for file work, and the controller factories for the screens.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final Database database;
    private final AppSettings settings;
    private final ExecutorService io;
    private final ThemeManager themeManager;
    private final ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
    private final Clock clock = Clock.systemDefaultZone();
    private final ProfileRepository profiles;
    private final MarketDatasetRepository datasets;
    private final OfferRepository offers;
    private final ClientData clientData;
    private final MarketData marketData;
    private final Navigator navigator = new Navigator();
    private final TaxData taxData;
    private final LiveAssumptions liveAssumptions = new LiveAssumptions();
    private final ClientSwitcher clientSwitcher;
    private final com.counteroffer.service.Services services;
    private InstanceLock lock;
    private RaiseRequests raiseRequests;
    /** Opens a finished file with the desktop's own application (set by the window; none in tests). */
    private java.util.function.Consumer<Path> fileOpener = file -> { };

    private AppContext(Database database, AppSettings settings, ExecutorService io, StartupData data) {
        this.database = database;
        this.settings = settings;
        this.io = io;
        this.themeManager = new ThemeManager(settings);
        this.taxData = new TaxData(io);
        this.profiles = new ProfileRepository(database, clock);
        this.datasets = new MarketDatasetRepository(database, clock);
        this.offers = new OfferRepository(database, clock);
        this.clientData = new ClientData(ClientData.DEFAULT_CLIENT_ID, data.profile(), data.offers());
        this.clientData.setClientName(data.clientName());
        this.clientSwitcher = new ClientSwitcher(new ClientRepository(database, clock), profiles, offers, clientData);
        this.marketData = new MarketData(data.dataset(), data.origin());
        this.services = new com.counteroffer.service.Services(database, clock, () -> marketData.dataset());
    }

    /** What the first screen needs, read before the window opens. */
    private record StartupData(String clientName, Profile profile, List<StoredOffer> offers,
                               MarketDataset dataset, MarketData.Origin origin) {
    }

    /** Opens the database and reads the settings. Blocking: runs before the window, off the JavaFX thread. */
    public static AppContext open(Path databaseFile) {
        // The built-in market data is parsed while the database opens: both are on the start path.
        CompletableFuture<MarketDataset> builtIn = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                builtIn.complete(MarketDatasetReader.readBuiltIn());
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
                    && RaiseRequests.ask(database.file(), java.time.Duration.ofSeconds(3))) {
                throw new StoreException(StoreException.Kind.ALREADY_OPEN_RAISED, database.file(),
                        "Counteroffer is already open with " + database.file() + "; its window was brought to the front.");
            }
            throw e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "counteroffer-io");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AppSettings settings = AppSettings.load(SettingsFile.besideDatabase(database.file()), io);
            AppContext context = new AppContext(database, settings, io, readStartupData(database, builtIn));
            context.lock = lock;
            return context;
        } catch (RuntimeException e) {
            // Nothing may keep the file open once start-up has failed.
            io.shutdown();
            database.close();
            lock.close();
            throw e;
        }
    }

    /** The saved profile and the active market dataset; a stored dataset that no longer reads falls back to the built-in one. */
    private static StartupData readStartupData(Database database, CompletableFuture<MarketDataset> builtIn) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
        Clock clock = Clock.systemDefaultZone();
        Profile profile = new ProfileRepository(database, clock).load(ClientData.DEFAULT_CLIENT_ID).join().orElse(null);
        OfferRepository offerRepository = new OfferRepository(database, clock);
        offerRepository.purgeDeleted().join();
        List<StoredOffer> offers = offerRepository.list(ClientData.DEFAULT_CLIENT_ID).join();
        String clientName = new ClientRepository(database, clock).byId(ClientData.DEFAULT_CLIENT_ID).join()
                .map(Client::name).orElse("Me");
        Optional<MarketDatasetRepository.StoredDataset> stored = new MarketDatasetRepository(database, clock).active().join();
        if (stored.isPresent()) {
            try {
                MarketDataset dataset = MarketDatasetReader.read(
                        new ByteArrayInputStream(stored.get().content().getBytes(StandardCharsets.UTF_8)),
                        stored.get().origin());
                return new StartupData(clientName, profile, offers, dataset, new MarketData.Origin(false, MessageFormat.format(
                        bundle.getString("sources.loaded.origin"), stored.get().origin(),
                        stored.get().loadedAt().substring(0, Math.min(10, stored.get().loadedAt().length())))));
            } catch (DatasetException e) {
                LOG.log(Level.WARNING, "The stored market dataset no longer reads; using the built-in one", e);
            }
        }
        MarketDataset dataset;
        try {
            dataset = builtIn.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return new StartupData(clientName, profile, offers, dataset,
                SourcesController.builtInOrigin(bundle));
    }

    /** The screen to open first: the welcome on an empty store, else the market position. */
    public Screen firstScreen() {
        return clientData.profileProperty().get() == null ? Screen.WELCOME : Screen.MARKET;
    }

    public ClientData clientData() {
        return clientData;
    }

    public void setFileOpener(java.util.function.Consumer<Path> opener) {
        this.fileOpener = opener;
    }

    public ClientSwitcher clientSwitcher() {
        return clientSwitcher;
    }

    public LiveAssumptions liveAssumptions() {
        return liveAssumptions;
    }

    public MarketData marketData() {
        return marketData;
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
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        ViewLoader loader = new ViewLoader(bundle, controllers);
        DataFiles dataFiles = new DataFiles(database.file(), settings.file().file(), database.schemaVersion());
        controllers.put(MainWindowController.class,
                () -> new MainWindowController(loader, settings, themeManager, navigator));
        controllers.put(WelcomeController.class, () -> new WelcomeController(navigator, marketData, bundle));
        controllers.put(ProfileController.class,
                () -> new ProfileController(profiles, clientData, marketData, bundle));
        controllers.put(MarketController.class,
                () -> new MarketController(clientData, marketData, profiles, navigator, bundle));
        controllers.put(SourcesController.class, () -> new SourcesController(marketData, datasets, io, bundle));
        controllers.put(OffersController.class,
                () -> new OffersController(offers, clientData, loader, bundle, clock, taxData));
        controllers.put(OfferEditorController.class, () -> new OfferEditorController(marketData, bundle));
        controllers.put(ClientsController.class, () -> new ClientsController(clientSwitcher,
                new SessionNoteRepository(database, clock), clientData, liveAssumptions, bundle,
                new ReportService(services), fileOpener));
        controllers.put(DataExchangeController.class, () -> new DataExchangeController(
                new DataExchange(database, clock), clientData, clientSwitcher, io, bundle, settings.coachModeProperty()));
        controllers.put(NegotiateController.class, () -> new NegotiateController(clientData, marketData, offers,
                new NegotiationRepository(database, clock), io, database.file().getParent().resolve("templates"),
                bundle, clock, liveAssumptions));
        controllers.put(CompareController.class, () -> new CompareController(clientData,
                new ComparisonRepository(database, clock), taxData, io, bundle, liveAssumptions));
        controllers.put(SettingsController.class,
                () -> new SettingsController(settings, dataFiles, AppInfo.version(), io, database,
                        () -> clientSwitcher.reloadCurrent(error -> { })));
        return loader;
    }

    /**
     * Runs {@code raise} (on a background thread) whenever a second launch on the same database asks
     * this window to come forward. Without it, a second launch only says Counteroffer is already open.
     */
    public void answerRaiseRequests(Runnable raise) {
        try {
            raiseRequests = RaiseRequests.watch(database.file(), raise);
        } catch (java.io.IOException e) {
            java.util.logging.Logger.getLogger(AppContext.class.getName())
                    .warning("A second launch can't bring this window forward: " + e.getMessage());
        }
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
        if (raiseRequests != null) {
            raiseRequests.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
