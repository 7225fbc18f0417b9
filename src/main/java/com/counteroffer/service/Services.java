package com.counteroffer.service;

import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.ComparisonRepository;
import com.counteroffer.store.Database;
import com.counteroffer.store.MarketDatasetRepository;
import com.counteroffer.store.NegotiationRepository;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.store.RowCheck;
import com.counteroffer.store.ScenarioRepository;
import com.counteroffer.store.SessionNoteRepository;
import com.counteroffer.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The use cases of one open database, wired once: the window, every command and the report reach
 * the data through these and nothing else, so they give the same answers.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final DataChanges changes = new DataChanges();
    private final ClientService clients;
    private final ProfileService profiles;
    private final OfferService offers;
    private final MarketService market;
    private final CompareService compare;
    private final NegotiationService negotiation;
    private final NoteService notes;
    private final ActionItemService actionItems;
    private final ClientOverviewService overviews;
    private final EraseService erase;
    private final TaxService taxes;
    private final BackupService backups;
    private final ExchangeService exchange;
    private final UnreadableRowService unreadableRows;
    private final PreparedByService preparedBy;
    private final EquityService equity;
    private final Clock clock;
    private final OutputFiles outputs;

    /** @param builtInDataset the built-in market dataset, read when first needed (or already being read) */
    public Services(Database database, Clock clock, Supplier<MarketDataset> builtInDataset) {
        this.database = database;
        this.clock = clock;
        this.outputs = new OutputFiles(database.file());
        TaxReference taxReference = new TaxReference();
        this.clients = new ClientService(new ClientRepository(database, clock), changes);
        this.profiles = new ProfileService(new ProfileRepository(database, clock), changes);
        this.offers = new OfferService(new OfferRepository(database, clock), taxReference, changes);
        this.market = new MarketService(new MarketDatasetRepository(database, clock), builtInDataset, changes);
        this.compare = new CompareService(new ComparisonRepository(database, clock), new ScenarioRepository(database, clock),
                offers, profiles, taxReference, outputs, changes);
        this.negotiation = new NegotiationService(new NegotiationRepository(database, clock), offers, profiles, market,
                clients, DataFiles.templateFolder(database.file()), clock, outputs, changes);
        this.notes = new NoteService(new SessionNoteRepository(database, clock), changes);
        com.counteroffer.store.ActionItemRepository items = new com.counteroffer.store.ActionItemRepository(database, clock);
        this.actionItems = new ActionItemService(items, changes);
        this.overviews = new ClientOverviewService(new com.counteroffer.store.PracticeRepository(database), items,
                clock);
        this.erase = new EraseService(new ClientRepository(database, clock), database, changes);
        this.taxes = new TaxService(taxReference);
        this.backups = new BackupService(database, outputs, changes);
        this.exchange = new ExchangeService(new com.counteroffer.store.DataExchange(database, clock), outputs, changes);
        this.unreadableRows = new UnreadableRowService(new RowCheck(database));
        this.preparedBy = new PreparedByService(com.counteroffer.store.SettingsFile.besideDatabase(database.file()));
        this.equity = new EquityService(offers, profiles, taxReference);
    }

    /**
     * Opens (creating or migrating) the database for a command. A damaged file's message says
     * which {@code counteroffer restore} to run.
     */
    public static Services open(Path databaseFile) {
        Database database;
        try {
            database = Database.open(databaseFile);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.DAMAGED) {
                throw new StoreException(e.kind(), e.path(), e.getMessage() + " "
                        + DataFiles.recoveryAdvice(databaseFile), e);
            }
            throw e;
        }
        return new Services(database, Clock.systemDefaultZone(), builtInOnDemand());
    }

    /** The built-in dataset, read the first time it is asked for and then kept. */
    public static Supplier<MarketDataset> builtInOnDemand() {
        return new Supplier<>() {
            private volatile MarketDataset read;

            @Override
            public MarketDataset get() {
                MarketDataset known = read;
                if (known == null) {
                    synchronized (this) {
                        if (read == null) {
                            read = MarketDatasetReader.readBuiltIn();
                        }
                        known = read;
                    }
                }
                return known;
            }
        };
    }

    /** What the user should be told once about how the database was opened (an empty file made new), if anything. */
    public java.util.Optional<String> openingNotice() {
        return database.notice();
    }

    public DataChanges changes() {
        return changes;
    }

    public ClientService clients() {
        return clients;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public OfferService offers() {
        return offers;
    }

    public MarketService market() {
        return market;
    }

    public CompareService compare() {
        return compare;
    }

    public NegotiationService negotiation() {
        return negotiation;
    }

    /** The clients at a glance (switcher, client list). */
    public ClientOverviewService overviews() {
        return overviews;
    }

    public NoteService notes() {
        return notes;
    }

    /** A client's action items (homework). */
    public ActionItemService actionItems() {
        return actionItems;
    }

    /** Erasing a client for a data-removal request, and the backups that still hold it. */
    public EraseService erase() {
        return erase;
    }

    public TaxService taxes() {
        return taxes;
    }

    /** An offer's options or private-company shares: ownership, waterfalls, exercise, liquidity. */
    public EquityService equity() {
        return equity;
    }

    public BackupService backups() {
        return backups;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    /** How every file the user chooses is written (and Counteroffer's own files refused). */
    public OutputFiles outputs() {
        return outputs;
    }

    public UnreadableRowService unreadableRows() {
        return unreadableRows;
    }

    /** The coach named on reports. */
    public PreparedByService preparedBy() {
        return preparedBy;
    }

    public Clock clock() {
        return clock;
    }

    public Path databaseFile() {
        return database.file();
    }

    public int schemaVersion() {
        return database.schemaVersion();
    }

    /** Waits for queued store work, then closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
