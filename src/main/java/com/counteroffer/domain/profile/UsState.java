package com.counteroffer.domain.profile;

import java.util.Locale;
import java.util.Optional;

/** The fifty states and DC, for state of residence (income tax follows residence, not the office). */
public enum UsState {
    AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
    CT("Connecticut"), DE("Delaware"), DC("District of Columbia"), FL("Florida"), GA("Georgia"),
    HI("Hawaii"), ID("Idaho"), IL("Illinois"), IN("Indiana"), IA("Iowa"), KS("Kansas"), KY("Kentucky"),
    LA("Louisiana"), ME("Maine"), MD("Maryland"), MA("Massachusetts"), MI("Michigan"), MN("Minnesota"),
    MS("Mississippi"), MO("Missouri"), MT("Montana"), NE("Nebraska"), NV("Nevada"), NH("New Hampshire"),
    NJ("New Jersey"), NM("New Mexico"), NY("New York"), NC("North Carolina"), ND("North Dakota"),
    OH("Ohio"), OK("Oklahoma"), OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"),
    SC("South Carolina"), SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"),
    VA("Virginia"), WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming");

    private final String label;

    UsState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UsState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
