package com.counteroffer.ui.common;

/**
 * A screen that holds typed text not saved yet (a note, a profile, an offer). Before the window
 * shows another client it is asked to save or discard it, so nothing typed for one client is
 * ever carried over to, or filed under, another.
 */
public interface DraftHolder {

    /** Asks the user about unsaved drafts if needed; true when none is held any more (saved or discarded). */
    boolean releaseDrafts();
}
