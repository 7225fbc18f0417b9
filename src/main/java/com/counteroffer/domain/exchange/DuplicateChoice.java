package com.counteroffer.domain.exchange;

/** What to do with an imported offer that matches one already saved for the same client. */
public enum DuplicateChoice { SKIP, REPLACE, KEEP_BOTH }
