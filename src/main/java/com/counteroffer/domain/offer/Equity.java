package com.counteroffer.domain.offer;

/** The initial equity grant of an offer: restricted stock units or stock options. */
public sealed interface Equity permits RsuGrant, OptionGrant {

    Vesting vesting();

    /** The private company's terms; null for a public company's RSUs. */
    PrivateCompany company();

    /** Shares or options granted; 0 for RSUs given only as a dollar value. */
    long shareCount();

    /** The same grant under other private-company terms. */
    Equity withCompany(PrivateCompany company);
}
