package com.counteroffer.ui.common;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.ActiveDataset;
import com.counteroffer.service.ClientService;
import com.counteroffer.service.DataChange;
import com.counteroffer.service.MarketService;
import com.counteroffer.service.MarketStanding;
import com.counteroffer.service.Services;
import com.counteroffer.service.UnreadableRowService;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The client the window shows and their saved data, as every screen sees it: name, profile, offers,
 * the market dataset in use, where the client stands in it, and the saved rows that can't be read.
 * It is the screens' one copy: it reloads whenever a service announces a change to what it holds
 * (a round recorded on Negotiate, an import, another screen's save), so no screen shows stale data.
 */
public final class ClientSession {

    /** What the session shows, read in one go off the UI thread (with the client's rows that can't be read). */
    public record Snapshot(Client client, Profile profile, List<StoredOffer> offers, ActiveDataset dataset,
                           List<UnreadableRow> unreadable) {
        public Snapshot {
            offers = List.copyOf(offers);
            unreadable = List.copyOf(unreadable);
        }
    }

    private final Services services;
    private final TaskRunner tasks;
    private final ReadOnlyLongWrapper clientId = new ReadOnlyLongWrapper(this, "clientId");
    private final ReadOnlyStringWrapper clientName = new ReadOnlyStringWrapper(this, "clientName", "");
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<StoredOffer> offers = FXCollections.observableArrayList();
    private final ObservableList<StoredOffer> offersView = FXCollections.unmodifiableObservableList(offers);
    private final ReadOnlyObjectWrapper<ActiveDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<MarketStanding> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ObservableList<UnreadableRow> unreadable = FXCollections.observableArrayList();
    private final ObservableList<UnreadableRow> unreadableView = FXCollections.unmodifiableObservableList(unreadable);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Latest<Snapshot> reloads;
    private BooleanSupplier mayLeave = () -> true;
    private Consumer<Throwable> problems = error -> { };

    public ClientSession(Services services, TaskRunner tasks, Snapshot initial) {
        this.services = services;
        this.tasks = tasks;
        this.reloads = tasks.latest();
        show(initial);
        services.changes().listen(change -> tasks.onUi(() -> changed(change)));
    }

    /** Reads what a session shows for a client. Blocking: off the UI thread. */
    public static Snapshot read(Services services, long clientId) {
        Client client = services.clients().byId(clientId)
                .orElse(new Client(clientId, ClientService.DEFAULT_CLIENT_NAME, false));
        return new Snapshot(client, services.profiles().load(clientId).orElse(null), services.offers().list(clientId),
                services.market().active(), services.unreadableRows().of(clientId));
    }

    /** Asked before the client changes (e.g. by the window: unsaved drafts on any screen). */
    public void setLeaveGuard(BooleanSupplier guard) {
        this.mayLeave = guard;
    }

    /** Where failures of background reloads are reported. */
    public void setProblemReporter(Consumer<Throwable> reporter) {
        this.problems = reporter;
    }

    /**
     * Shows another client everywhere, once every screen has let go of its drafts. Nothing happens
     * when the user chose to stay.
     */
    public void switchTo(Client client, Consumer<Throwable> onFailed) {
        if (client.id() == clientId.get() || !mayLeave.getAsBoolean()) {
            return;
        }
        reloads.run(progress -> read(services, client.id()), this::show, onFailed);
    }

    /**
     * An outcome handler for work started for {@code clientId}: it runs only while that client is
     * still shown, so a report or export finishing after a switch says nothing on the next client's screen.
     */
    public <T> Consumer<T> whileShown(long clientId, Consumer<T> action) {
        return value -> {
            if (clientId == this.clientId.get()) {
                action.accept(value);
            }
        };
    }

    /** Reads the shown client's data again and shows it. */
    public void reload() {
        long id = clientId.get();
        reloads.run(progress -> read(services, id), snapshot -> {
            if (snapshot.client().id() == clientId.get()) {
                show(snapshot);
            }
        }, problems);
    }

    private void changed(DataChange change) {
        if (!change.concerns(clientId.get())) {
            return;
        }
        boolean held = !(change instanceof DataChange.Notes) && !(change instanceof DataChange.Workspace)
                && !(change instanceof DataChange.Scenario);
        // A note, plan or scenario saved may have replaced a row that could not be read: the notice follows.
        if (held || !unreadable.isEmpty()) {
            reload();
        }
    }

    /** New data first, then the id that screens reset on, so they reset with the new client's data. */
    private void show(Snapshot snapshot) {
        clientName.set(snapshot.client().name());
        if (!snapshot.offers().equals(offers)) {
            offers.setAll(snapshot.offers());
        }
        if (dataset.get() == null || !dataset.get().equals(snapshot.dataset())) {
            dataset.set(snapshot.dataset());
        }
        profile.set(snapshot.profile());
        standing.set(MarketService.standing(snapshot.profile(), snapshot.dataset().dataset()));
        if (!snapshot.unreadable().equals(unreadable)) {
            unreadable.setAll(snapshot.unreadable());
        }
        notice.set(UnreadableRowService.notice(snapshot.unreadable()));
        clientId.set(snapshot.client().id());
    }

    /**
     * Runs {@code reload} on the JavaFX thread whenever the session notes or action items of the
     * shown client change (or everything does): for screens that read them beside the session.
     */
    public void onNotesChanged(Runnable reload) {
        services.changes().listen(change -> {
            if (change instanceof com.counteroffer.service.DataChange.Notes
                    || change instanceof com.counteroffer.service.DataChange.Everything) {
                tasks.onUi(() -> {
                    if (change.concerns(clientId())) {
                        reload.run();
                    }
                });
            }
        });
    }

    public long clientId() {
        return clientId.get();
    }

    /** Changes when the client switches; screens reset their transient state then. */
    public ReadOnlyLongProperty clientIdProperty() {
        return clientId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientNameProperty() {
        return clientName.getReadOnlyProperty();
    }

    /** The saved profile, or null before the first save. */
    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Profile profile() {
        return profile.get();
    }

    /** The client's saved offers (the current job included), as saved. */
    public ObservableList<StoredOffer> offers() {
        return offersView;
    }

    /** The client's saved rows that can't be read: left out of everything above, kept as they are. */
    public ObservableList<UnreadableRow> unreadableRows() {
        return unreadableView;
    }

    /**
     * What the window says while rows can't be read ("1 offer could not be read (offer 7: …). It is
     * kept as it is; …"); empty when every row can be.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String notice() {
        return notice.get();
    }

    public ReadOnlyObjectProperty<ActiveDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ActiveDataset dataset() {
        return dataset.get();
    }

    /** Where the client stands in the market: the Market screen's, the plan's and the report's. */
    public ReadOnlyObjectProperty<MarketStanding> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public MarketStanding standing() {
        return standing.get();
    }

    public Services services() {
        return services;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
