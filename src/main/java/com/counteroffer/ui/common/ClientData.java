package com.counteroffer.ui.common;

import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.offer.StoredOffer;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current client's saved data that several screens show. Screens listen here rather than
 * asking each other, so a saved profile reaches the market chart at once, and switching client
 * reaches every screen.
 */
public final class ClientData {

    /** The client every store starts with; coach mode adds more. */
    public static final long DEFAULT_CLIENT_ID = 1;

    private final LongProperty clientId = new SimpleLongProperty(this, "clientId");
    private final StringProperty clientName = new SimpleStringProperty(this, "clientName", "");
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile");
    private final ObservableList<StoredOffer> offers = FXCollections.observableArrayList();

    public ClientData(long clientId, Profile savedProfile, List<StoredOffer> savedOffers) {
        this.clientId.set(clientId);
        this.profile.set(savedProfile);
        this.offers.setAll(savedOffers);
    }

    public long clientId() {
        return clientId.get();
    }

    /** Changes when the coach switches client; screens that keep their own state reload then. */
    public ReadOnlyLongProperty clientIdProperty() {
        return clientId;
    }

    public ReadOnlyStringProperty clientNameProperty() {
        return clientName;
    }

    public void setClientName(String name) {
        clientName.set(name);
    }

    /** Shows another client's data everywhere: its data first, then the id screens reload on. */
    public void switchTo(long id, String name, Profile savedProfile, List<StoredOffer> savedOffers) {
        clientName.set(name);
        offers.setAll(savedOffers);
        profile.set(savedProfile);
        clientId.set(id);
    }

    /** The client's saved offers (the current job included), as last loaded or saved. */
    public ObservableList<StoredOffer> offers() {
        return offers;
    }

    /** The last saved profile, or null before the first save. */
    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }
}
