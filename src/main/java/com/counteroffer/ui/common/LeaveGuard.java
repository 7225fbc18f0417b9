package com.counteroffer.ui.common;

/** A screen that may hold unsaved changes and must be asked before the user leaves it. */
public interface LeaveGuard {

    /** Asks the user if needed; true when leaving is fine (saved, discarded, or nothing to lose). */
    boolean confirmLeave();
}
