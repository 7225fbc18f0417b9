package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One way a private company could end: its value when it is sold or lists, and how likely the user
 * thinks it is.
 *
 * @param companyValue what the whole company sells or lists for, in dollars (0 when it fails)
 * @param probabilityPercent 0 to 100; the offer's scenarios add up to 100
 */
public record ExitScenario(String name, long companyValue, BigDecimal probabilityPercent) {

    public ExitScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probabilityPercent, "probabilityPercent");
    }
}
