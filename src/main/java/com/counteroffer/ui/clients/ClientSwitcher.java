package com.counteroffer.ui.clients;

import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.domain.client.Client;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.store.ProfileRepository;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.FxFutures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Switches the whole window to another client: asks the current screen about unsaved changes,
 * reads that client's profile and offers off the JavaFX thread, then hands them to {@link ClientData}.
 */
public final class ClientSwitcher {

    private final ClientRepository clients;
    private final ProfileRepository profiles;
    private final OfferRepository offers;
    private final ClientData clientData;
    private BooleanSupplier mayLeave = () -> true;

    public ClientSwitcher(ClientRepository clients, ProfileRepository profiles, OfferRepository offers,
                          ClientData clientData) {
        this.clients = clients;
        this.profiles = profiles;
        this.offers = offers;
        this.clientData = clientData;
    }

    /** What to ask before leaving the current client (the main window's unsaved-changes guard). */
    public void setLeaveGuard(BooleanSupplier guard) {
        this.mayLeave = guard;
    }

    private record Loaded(Client client, Profile profile, List<StoredOffer> offers) {
    }

    /** Switches to a client; {@code onError} hears why not. Nothing happens when the user chose to stay. */
    public void switchTo(Client client, Consumer<Throwable> onError) {
        if (client.id() == clientData.clientId() || !mayLeave.getAsBoolean()) {
            return;
        }
        CompletableFuture<Loaded> loading = profiles.load(client.id())
                .thenCombine(offers.list(client.id()), (profile, list) -> new Loaded(client, profile.orElse(null), list));
        FxFutures.onFx(loading, loaded -> clientData.switchTo(loaded.client().id(), loaded.client().name(),
                loaded.profile(), loaded.offers()), onError);
    }

    /** Reads the current client's data again (after a restore replaced it) and shows it everywhere. */
    public void reloadCurrent(Consumer<Throwable> onError) {
        long id = clientData.clientId();
        CompletableFuture<Loaded> loading = clients.byId(id).thenCombine(profiles.load(id), (client, profile) ->
                new Loaded(client.orElse(new Client(id, clientData.clientNameProperty().get(), false)), profile.orElse(null),
                        List.of())).thenCombine(offers.list(id), (loaded, list) -> new Loaded(loaded.client(),
                loaded.profile(), list));
        FxFutures.onFx(loading, loaded -> clientData.switchTo(id, loaded.client().name(), loaded.profile(),
                loaded.offers()), onError);
    }

    public ClientRepository clients() {
        return clients;
    }
}
