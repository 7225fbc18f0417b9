package com.counteroffer.service;

import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.ProfileRepository;
import java.util.List;
import java.util.Optional;

/** A client's profile: read, saved, and its market assumptions changed on their own. */
public final class ProfileService {

    private final ProfileRepository repository;
    private final DataChanges changes;

    public ProfileService(ProfileRepository repository, DataChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    public Optional<Profile> load(long clientId) {
        return Await.result(repository.load(clientId));
    }

    /**
     * Saves the profile form's fields, keeping the market assumptions as saved (they are changed on
     * the Market screen; a form opened before that change must not undo it).
     */
    public Profile saveDetails(long clientId, Profile details) {
        MarketAssumptions saved = load(clientId).map(Profile::assumptions).orElse(details.assumptions());
        Profile profile = details.withAssumptions(saved);
        save(clientId, profile);
        return profile;
    }

    /** @throws InvalidInputException when a project breaks the text rules */
    public void save(long clientId, Profile profile) {
        List<String> problems = TextRules.listProblems("projects", profile.projects(), TextRules.Kind.NAME);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The profile can't be saved: " + String.join("; ", problems) + ".");
        }
        store(clientId, profile);
    }

    private void store(long clientId, Profile profile) {
        Await.result(repository.save(clientId, profile));
        changes.announce(new DataChange.Profile(clientId));
    }

    /**
     * Saves the market assumptions into the saved profile, leaving the rest of it as saved.
     *
     * @throws InvalidInputException when the client has no profile yet
     */
    public Profile saveAssumptions(long clientId, MarketAssumptions assumptions) {
        Profile saved = load(clientId).orElseThrow(() -> new InvalidInputException(
                "Save the profile first: the assumptions adjust your level's band."));
        Profile changed = saved.withAssumptions(assumptions);
        if (!changed.equals(saved)) {
            store(clientId, changed); // only the assumptions change: text saved before the text rules stays
        }
        return changed;
    }
}
