package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** All jurisdictions' tables for one tax year; load them once (see {@code TaxTablesReader.builtIn()}). */
public record TaxTables(int taxYear, Map<JurisdictionId, Jurisdiction> jurisdictions) {

    public TaxTables {
        jurisdictions = Map.copyOf(new EnumMap<>(jurisdictions));
        for (JurisdictionId id : JurisdictionId.values()) {
            Jurisdiction jurisdiction = jurisdictions.get(id);
            if (jurisdiction == null) {
                throw new IllegalArgumentException("no tables for " + id.label());
            }
            if (jurisdiction.taxYear() != taxYear) {
                throw new IllegalArgumentException(id.label() + " tables are for " + jurisdiction.taxYear()
                        + ", not " + taxYear);
            }
        }
    }

    /** Tables from a list with one jurisdiction each, all for the same tax year. */
    public static TaxTables of(List<Jurisdiction> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no tax tables");
        }
        Map<JurisdictionId, Jurisdiction> byId = new EnumMap<>(JurisdictionId.class);
        for (Jurisdiction jurisdiction : list) {
            if (byId.put(jurisdiction.id(), jurisdiction) != null) {
                throw new IllegalArgumentException("two tables for " + jurisdiction.id().label());
            }
        }
        return new TaxTables(list.get(0).taxYear(), byId);
    }

    public Jurisdiction get(JurisdictionId id) {
        return jurisdictions.get(id);
    }

    /** The 401(k) elective-deferral limit for the year. */
    public BigDecimal electiveDeferralLimit() {
        return get(JurisdictionId.FEDERAL).figure("elective_deferral_limit").value();
    }
}
