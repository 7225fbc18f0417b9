package com.counteroffer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Cadence;
import org.junit.jupiter.api.Test;

class EnumIdsTest {

    @Test
    void findsTheConstantWithTheExactId() {
        for (Cadence cadence : Cadence.values()) {
            assertThat(EnumIds.find(Cadence.values(), Cadence::id, cadence.id())).contains(cadence);
        }
    }

    @Test
    void unknownNullAndDifferentlyCasedIdsFindNothing() {
        assertThat(EnumIds.find(Cadence.values(), Cadence::id, "fortnightly")).isEmpty();
        assertThat(EnumIds.find(Cadence.values(), Cadence::id, null)).isEmpty();
        assertThat(EnumIds.find(Cadence.values(), Cadence::id, Cadence.values()[0].id().toUpperCase())).isEmpty();
    }
}
