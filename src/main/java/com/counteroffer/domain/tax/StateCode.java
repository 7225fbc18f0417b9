package com.counteroffer.domain.tax;

import java.util.Locale;
import java.util.Optional;

/** The states of residence, the 50 and the District of Columbia, each with its tables; {@link #OTHER} for none. */
public enum StateCode {
    AL("Alabama"),
    AK("Alaska"),
    AZ("Arizona"),
    AR("Arkansas"),
    CA("California"),
    CO("Colorado"),
    CT("Connecticut"),
    DE("Delaware"),
    DC("District of Columbia"),
    FL("Florida"),
    GA("Georgia"),
    HI("Hawaii"),
    ID("Idaho"),
    IL("Illinois"),
    IN("Indiana"),
    IA("Iowa"),
    KS("Kansas"),
    KY("Kentucky"),
    LA("Louisiana"),
    ME("Maine"),
    MD("Maryland"),
    MA("Massachusetts"),
    MI("Michigan"),
    MN("Minnesota"),
    MS("Mississippi"),
    MO("Missouri"),
    MT("Montana"),
    NE("Nebraska"),
    NV("Nevada"),
    NH("New Hampshire"),
    NJ("New Jersey"),
    NM("New Mexico"),
    NY("New York"),
    NC("North Carolina"),
    ND("North Dakota"),
    OH("Ohio"),
    OK("Oklahoma"),
    OR("Oregon"),
    PA("Pennsylvania"),
    RI("Rhode Island"),
    SC("South Carolina"),
    SD("South Dakota"),
    TN("Tennessee"),
    TX("Texas"),
    UT("Utah"),
    VT("Vermont"),
    VA("Virginia"),
    WA("Washington"),
    WV("West Virginia"),
    WI("Wisconsin"),
    WY("Wyoming"),
    /** Outside the states (a territory, abroad): only federal tax and FICA are computed. */
    OTHER("outside the states");

    private final String label;

    StateCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The jurisdiction holding this state's tables; empty for {@link #OTHER}. */
    public Optional<JurisdictionId> jurisdiction() {
        return this == OTHER ? Optional.empty() : Optional.of(JurisdictionId.valueOf(name()));
    }

    /** Accepts the two-letter code or "other", in any case. */
    public static Optional<StateCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
