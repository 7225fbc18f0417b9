package com.counteroffer.ui.common;

import com.counteroffer.domain.profile.Profile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import com.counteroffer.store.OfferRepository.StoredOffer;
import java.util.List;

/**
 * The current client's saved data that several screens show. Screens listen here rather than
 * asking each other, so a saved profile reaches the market chart at once.
 */
public final class ClientData {

    /** The client every store starts with; coach mode adds more. */
    public static final long DEFAULT_CLIENT_ID = 1;

    private final long clientId;
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile");
    private final ObservableList<StoredOffer> offers = FXCollections.observableArrayList();

    public ClientData(long clientId, Profile savedProfile, List<StoredOffer> savedOffers) {
        this.clientId = clientId;
        this.profile.set(savedProfile);
        this.offers.setAll(savedOffers);
    }

    /** The client's saved offers (the current job included), as last loaded or saved. */
    public ObservableList<StoredOffer> offers() {
        return offers;
    }

    public long clientId() {
        return clientId;
    }

    /** The last saved profile, or null before the first save. */
    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }
}
