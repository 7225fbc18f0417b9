package com.counteroffer.domain.tax;

import com.counteroffer.domain.EnumIds;
import com.counteroffer.domain.market.FigureStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A city or county whose residents owe income taxes on top of the state's, such as Philadelphia's wage tax or
 * Portland's two metro taxes; the user chooses theirs.
 *
 * @param id how the user names it, e.g. {@code philadelphia}
 */
public record Locality(String id, String name, List<Levy> levies, String sourceId, FigureStatus status, String note) {

    public Locality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        levies = List.copyOf(levies);
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** What a local levy is charged on. */
    public enum Base {
        /**
         * Each resident earner's wages for Medicare (W-2 box 5): 401(k) deferrals included, payroll HSA
         * contributions excluded (Philadelphia, Pennsylvania, Ohio and Kentucky local taxes).
         */
        WAGES("wages"),
        /** Wages for federal income tax (W-2 box 1): deferrals and payroll HSA excluded (Michigan cities). */
        FEDERAL_WAGES("federal_wages"),
        /** The state's taxable income (Maryland and Indiana counties, Portland's metro taxes on Oregon taxable income). */
        STATE_TAXABLE_INCOME("state_taxable_income"),
        /** The state's income tax (Yonkers's surcharge). */
        STATE_TAX("state_tax");

        private final String id;

        Base(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Base> fromId(String id) {
            return EnumIds.find(values(), Base::id, id);
        }
    }

    /** One tax of the locality: a schedule per filing status on its base. */
    public record Levy(String label, Base base, Map<FilingStatus, Schedule> schedules) {

        public Levy {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(base, "base");
            schedules = Map.copyOf(new EnumMap<>(schedules));
        }
    }
}
