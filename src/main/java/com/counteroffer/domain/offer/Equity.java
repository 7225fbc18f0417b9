package com.counteroffer.domain.offer;

/** The initial equity grant of an offer: restricted stock units or stock options. */
public sealed interface Equity permits RsuGrant, OptionGrant {

    Vesting vesting();
}
