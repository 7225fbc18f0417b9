package com.counteroffer.domain.tax;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * All jurisdictions' tables for one tax year; load them once (see {@code TaxTablesReader.builtIn()}).
 * Lazy tables ({@link #lazy}) read each jurisdiction the first time it is asked for: a command-line
 * take-home needs federal, FICA and one state, and reading all 55 files was most of its run.
 */
public final class TaxTables {

    private final int taxYear;
    private final Map<JurisdictionId, Jurisdiction> jurisdictions;
    private final Function<JurisdictionId, Jurisdiction> reader;
    private final Supplier<Reciprocity> reciprocityReader;
    private Reciprocity reciprocity;

    /** @param reciprocity which work states leave nonresidents' wages to the home state ({@link Reciprocity#NONE}: none) */
    public TaxTables(int taxYear, Map<JurisdictionId, Jurisdiction> jurisdictions, Reciprocity reciprocity) {
        this.taxYear = taxYear;
        this.jurisdictions = new EnumMap<>(jurisdictions);
        this.reader = null;
        this.reciprocityReader = null;
        this.reciprocity = checked(reciprocity);
        for (JurisdictionId id : JurisdictionId.values()) {
            checked(id, jurisdictions.get(id));
        }
    }

    private TaxTables(Jurisdiction federal, Function<JurisdictionId, Jurisdiction> reader,
                      Supplier<Reciprocity> reciprocity) {
        this.taxYear = federal.taxYear();
        this.jurisdictions = new EnumMap<>(JurisdictionId.class);
        this.jurisdictions.put(JurisdictionId.FEDERAL, federal);
        this.reader = reader;
        this.reciprocityReader = reciprocity;
    }

    /** No reciprocity agreements. */
    public TaxTables(int taxYear, Map<JurisdictionId, Jurisdiction> jurisdictions) {
        this(taxYear, jurisdictions, Reciprocity.NONE);
    }

    /**
     * Tables that read a jurisdiction (and the reciprocity agreements) when first asked for; the tax year is
     * federal's, and a jurisdiction of another year is refused when it is read.
     */
    public static TaxTables lazy(Function<JurisdictionId, Jurisdiction> reader, Supplier<Reciprocity> reciprocity) {
        return new TaxTables(reader.apply(JurisdictionId.FEDERAL), reader, reciprocity);
    }

    /** The same tables with these reciprocity agreements. */
    public TaxTables withReciprocity(Reciprocity newReciprocity) {
        return new TaxTables(taxYear, jurisdictions(), newReciprocity);
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

    public int taxYear() {
        return taxYear;
    }

    /** Every jurisdiction's tables (lazy tables read those not read yet). */
    public Map<JurisdictionId, Jurisdiction> jurisdictions() {
        Map<JurisdictionId, Jurisdiction> all = new EnumMap<>(JurisdictionId.class);
        for (JurisdictionId id : JurisdictionId.values()) {
            all.put(id, get(id));
        }
        return Map.copyOf(all);
    }

    public synchronized Reciprocity reciprocity() {
        if (reciprocity == null) {
            reciprocity = checked(reciprocityReader.get());
        }
        return reciprocity;
    }

    public synchronized Jurisdiction get(JurisdictionId id) {
        Jurisdiction jurisdiction = jurisdictions.get(id);
        if (jurisdiction == null && reader != null) {
            jurisdiction = checked(id, reader.apply(id));
            jurisdictions.put(id, jurisdiction);
        }
        return jurisdiction;
    }

    /** The jurisdictions read so far: all of them unless the tables are lazy. */
    public synchronized Set<JurisdictionId> read() {
        return Set.copyOf(jurisdictions.keySet());
    }

    /** The 401(k) elective-deferral limit for the year. */
    public BigDecimal electiveDeferralLimit() {
        return get(JurisdictionId.FEDERAL).figure("elective_deferral_limit").value();
    }

    private Jurisdiction checked(JurisdictionId id, Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            throw new IllegalArgumentException("no tables for " + id.label());
        }
        if (jurisdiction.taxYear() != taxYear) {
            throw new IllegalArgumentException(id.label() + " tables are for " + jurisdiction.taxYear()
                    + ", not " + taxYear);
        }
        return jurisdiction;
    }

    private Reciprocity checked(Reciprocity agreements) {
        Reciprocity known = agreements == null ? Reciprocity.NONE : agreements;
        if (known != Reciprocity.NONE && known.taxYear() != taxYear) {
            throw new IllegalArgumentException("the reciprocity agreements are for " + known.taxYear()
                    + ", not " + taxYear);
        }
        return known;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxTables tables && tables.taxYear == taxYear
                && tables.jurisdictions().equals(jurisdictions()) && tables.reciprocity().equals(reciprocity());
    }

    @Override
    public int hashCode() {
        return Objects.hash(taxYear, jurisdictions(), reciprocity());
    }

    @Override
    public String toString() {
        return "TaxTables[" + taxYear + ", read " + read() + "]";
    }
}
