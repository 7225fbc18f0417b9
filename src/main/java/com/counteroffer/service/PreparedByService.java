package com.counteroffer.service;

import com.counteroffer.store.SettingsFile;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The coach named on reports, kept in the settings file beside the database: set once on the
 * Settings screen, read by every report, the window's and the command line's alike.
 */
public final class PreparedByService {

    private final SettingsFile file;

    public PreparedByService(SettingsFile file) {
        this.file = file;
    }

    /** The coach as saved; {@link PreparedBy#NONE} when none is (or the file can't be read). */
    public PreparedBy load() {
        Map<String, String> values = file.load();
        return new PreparedBy(values.get(SettingsFile.PREPARED_BY_NAME), values.get(SettingsFile.PREPARED_BY_CONTACT));
    }

    /**
     * Saves the coach (blank fields remove what was saved). Blocking file work: call it off the JavaFX thread.
     *
     * @throws InvalidInputException when a field is too long or holds a line break, saying which
     */
    public void save(PreparedBy coach) {
        check("Your name", coach.name());
        check("Contact", coach.contact());
        Map<String, String> changes = new HashMap<>();
        changes.put(SettingsFile.PREPARED_BY_NAME, coach.name());
        changes.put(SettingsFile.PREPARED_BY_CONTACT, coach.contact());
        try {
            file.update(changes);
        } catch (IOException e) {
            throw new InvalidInputException("Could not save the settings file " + file.file() + ": " + e.getMessage()
                    + ". Check that its folder can be written, then save again.");
        }
    }

    private static void check(String field, String value) {
        if (value.length() > PreparedBy.MAX_LENGTH) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters; shorten it to "
                    + PreparedBy.MAX_LENGTH + " or fewer.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " holds a line break or tab; keep it on one line.");
        }
    }
}
