package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All jurisdictions' tables for one tax year; load them once (see {@code TaxTablesReader.builtIn()}).
 *
 * @param reciprocity which work states leave nonresidents' wages to the home state ({@link Reciprocity#NONE}: none)
 */
public record TaxTables(int taxYear, Map<JurisdictionId, Jurisdiction> jurisdictions, Reciprocity reciprocity) {

    public TaxTables {
        jurisdictions = Map.copyOf(new EnumMap<>(jurisdictions));
        reciprocity = reciprocity == null ? Reciprocity.NONE : reciprocity;
        if (reciprocity != Reciprocity.NONE && reciprocity.taxYear() != taxYear) {
            throw new IllegalArgumentException("the reciprocity agreements are for " + reciprocity.taxYear()
                    + ", not " + taxYear);
        }
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

    /** No reciprocity agreements. */
    public TaxTables(int taxYear, Map<JurisdictionId, Jurisdiction> jurisdictions) {
        this(taxYear, jurisdictions, Reciprocity.NONE);
    }

    /** The same tables with these reciprocity agreements. */
    public TaxTables withReciprocity(Reciprocity newReciprocity) {
        return new TaxTables(taxYear, jurisdictions, newReciprocity);
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
