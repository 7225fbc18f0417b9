package com.counteroffer.service;

import com.counteroffer.data.CsvWriter;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.CompareEntry;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.OfferTakeHome;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.store.ComparisonRepository;
import com.counteroffer.store.RowsRead;
import com.counteroffer.store.ScenarioRepository;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers side by side under a scenario (horizon, growth, per-offer growth, leave month, matrix),
 * before and after tax. The client's current scenario is kept, so the Compare screen, the
 * {@code compare} command and the report start from the same one.
 */
public final class CompareService {

    public static final int MIN_OFFERS = CompareEngine.MIN_OFFERS;
    public static final int MAX_OFFERS = CompareEngine.MAX_OFFERS;
    /** The latest month the leave-early view shows. */
    public static final int MAX_LEAVE_MONTH = com.counteroffer.domain.compensation.CompensationEngine.MAX_LEAVE_MONTH;

    /** Without a saved scenario: the first three offers, four years, no stock growth. */
    static final int DEFAULT_OFFERS = 3;

    private final ComparisonRepository saved;
    private final ScenarioRepository scenarios;
    private final OfferService offers;
    private final ProfileService profiles;
    private final TaxReference taxes;
    private final OutputFiles outputs;
    private final DataChanges changes;

    public CompareService(ComparisonRepository saved, ScenarioRepository scenarios, OfferService offers,
                          ProfileService profiles, TaxReference taxes, OutputFiles outputs, DataChanges changes) {
        this.saved = saved;
        this.scenarios = scenarios;
        this.offers = offers;
        this.profiles = profiles;
        this.taxes = taxes;
        this.outputs = outputs;
        this.changes = changes;
    }

    /**
     * The client's current scenario, or the default one for their offers (also when the saved one
     * can't be read: {@link UnreadableRowService} names it).
     */
    public SavedComparison scenario(long clientId) {
        return Await.result(scenarios.load(clientId)).orElseGet(() -> defaultScenario(offers.list(clientId)));
    }

    /** The scenario for a client who never set one: the first three offers, four years, no growth. */
    public static SavedComparison defaultScenario(List<StoredOffer> available) {
        List<Long> ids = available.stream().limit(DEFAULT_OFFERS).map(StoredOffer::id).toList();
        return new SavedComparison(ScenarioRepository.NAME, ids, ProjectionSettings.defaults().years(),
                java.math.BigDecimal.ZERO, Map.of(), null, null, DecisionMatrix.defaults());
    }

    public void saveScenario(long clientId, SavedComparison scenario) {
        Await.result(scenarios.save(clientId, scenario));
        changes.announce(new DataChange.Scenario(clientId));
    }

    /** Whose taxes the after-tax figures use. */
    public record TaxBasis(boolean afterTax, StateCode state, FilingStatus filing) {
        /** Gross figures only. */
        public static final TaxBasis NONE = new TaxBasis(false, null, null);
        /** The client's profile: residence, filing status, city and county, 401(k) deferral. */
        public static final TaxBasis PROFILE = new TaxBasis(true, null, null);

        /** A residence and filing status given for this comparison only (no profile needed). */
        public static TaxBasis of(StateCode state, FilingStatus filing) {
            return new TaxBasis(true, state, filing);
        }
    }

    /** The client's offers under their current scenario, taxed as their profile says. */
    public Optional<CompareResult> compare(long clientId) {
        return compare(clientId, scenario(clientId));
    }

    /** The client's offers under {@code scenario}, taxed as their profile says. */
    public Optional<CompareResult> compare(long clientId, SavedComparison scenario) {
        return compare(clientId, scenario, TaxBasis.PROFILE);
    }

    /** The client's offers under {@code scenario}, after tax as {@code tax} says. */
    public Optional<CompareResult> compare(long clientId, SavedComparison scenario, TaxBasis tax) {
        Profile profile = profiles.load(clientId).orElse(null);
        TaxProfile taxProfile = !tax.afterTax() ? null : tax.state() == null ? TaxProfile.of(profile)
                : new TaxProfile(tax.filing(), tax.state(), false, null, java.math.BigDecimal.ZERO, null);
        RowsRead<StoredOffer> read = offers.read(clientId);
        List<String> leftOut = read.unreadable().stream()
                .filter(row -> row.table() == UnreadableRow.Table.OFFER && scenario.offerIds().contains(row.rowId()))
                .map(UnreadableRowService::leftOut).toList();
        return compare(read.rows(), scenario, taxProfile).map(result -> result.leavingOut(leftOut));
    }

    /** Offers a screen already holds, after tax for the client's profile. */
    public Optional<CompareResult> compare(List<StoredOffer> available, SavedComparison scenario, Profile profile) {
        return compare(available, scenario, TaxProfile.of(profile));
    }

    /**
     * The comparison the scenario asks for: its offers that still exist, in its order; empty with
     * fewer than two. After tax when {@code taxProfile} is given (reads the tax tables once).
     */
    Optional<CompareResult> compare(List<StoredOffer> available, SavedComparison scenario, TaxProfile taxProfile) {
        List<CompareEntry> entries = new ArrayList<>();
        for (Long id : scenario.offerIds()) {
            available.stream().filter(stored -> stored.id() == id).findFirst().ifPresent(stored ->
                    entries.add(new CompareEntry(Long.toString(id), stored.offer(), scenario.offerGrowth().get(id))));
        }
        if (entries.size() < CompareEngine.MIN_OFFERS) {
            return Optional.empty();
        }
        List<CompareEntry> compared = entries.subList(0, Math.min(entries.size(), CompareEngine.MAX_OFFERS));
        ProjectionSettings settings = ProjectionSettings.defaults().withYears(scenario.years())
                .withGrowth(scenario.growth()).withValuation(scenario.valuation());
        Comparison comparison = CompareEngine.compare(compared, settings, scenario.leaveMonth());
        Map<String, List<YearTakeHome>> takeHome = null;
        if (taxProfile != null) {
            TaxReference.Loaded loaded = taxes.get();
            takeHome = new LinkedHashMap<>();
            for (OfferComparison offer : comparison.offers()) {
                takeHome.put(offer.entry().key(), OfferTakeHome.of(offer.entry().offer(), offer.projection(),
                        taxProfile, loaded.tables(), loaded.prices()));
            }
        }
        return Optional.of(CompareResult.of(comparison, takeHome, scenario.matrix(), scenario.leaveMonth()));
    }

    /**
     * An offer year by year under a scenario: its horizon, its growth (the offer's own when it has
     * one) and the scenario's valuation of private equity (the offer's own choice when none).
     */
    public com.counteroffer.domain.compensation.Projection project(StoredOffer offer, SavedComparison scenario) {
        java.math.BigDecimal growth = scenario.offerGrowth().getOrDefault(offer.id(), scenario.growth());
        return com.counteroffer.domain.compensation.CompensationEngine.project(offer.offer(),
                ProjectionSettings.defaults().withYears(scenario.years()).withGrowth(growth)
                        .withValuation(scenario.valuation()));
    }

    /** Whether the tax tables are read yet, so a screen can show gross figures first without waiting. */
    public TaxReference taxes() {
        return taxes;
    }

    public List<SavedComparison> saved(long clientId) {
        return Await.result(saved.list(clientId));
    }

    /** @throws InvalidInputException when the name or a factor's name breaks the text rules */
    public void save(long clientId, SavedComparison comparison) {
        requireText(comparison);
        Await.result(saved.save(clientId, comparison));
        changes.announce(new DataChange.Scenario(clientId));
    }

    private static void requireText(SavedComparison comparison) {
        List<String> problems = comparison.textProblems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The comparison can't be saved: " + String.join("; ", problems) + ".");
        }
    }

    public void delete(long clientId, String name) {
        Await.result(saved.delete(clientId, name));
        changes.announce(new DataChange.Scenario(clientId));
    }

    /** Writes the table as CSV to {@code file}, whole or not at all. */
    public void writeCsv(CompareResult result, java.nio.file.Path file) {
        outputs.writeString(file, tableCsv(result));
    }

    /** Writes a chart's image as PNG to {@code file}, whole or not at all. */
    public void writePng(java.awt.image.RenderedImage image, java.nio.file.Path file) {
        outputs.write(file, out -> {
            if (!javax.imageio.ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
    }

    /** The table as CSV (whole dollars, formulas neutralised), one column per offer. */
    public static String tableCsv(CompareResult result) {
        List<String> header = new ArrayList<>(List.of("row"));
        result.comparison().offers().forEach(o -> header.add(o.entry().name()));
        List<List<String>> rows = new ArrayList<>();
        for (CompareResult.Row row : result.rows()) {
            List<String> line = new ArrayList<>(List.of(row.label()));
            row.values().forEach(v -> line.add(v == null ? "" : v.setScale(0, RoundingMode.HALF_UP).toPlainString()));
            rows.add(line);
        }
        return CsvWriter.write(header, rows);
    }
}
