package com.counteroffer.ui.compare;

import com.counteroffer.service.CompareResult;

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
import com.counteroffer.ui.common.TaxData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The compare screen's state without controls: which offers, the scenario, the leave month, the
 * reference offer and the decision matrix; every change recomputes {@link #resultProperty()}.
 */
public final class CompareModel {

    /** The growth scenario set: the same rate for every offer without its own. */
    public static final List<BigDecimal> SCENARIOS = List.of(new BigDecimal("-0.30"), BigDecimal.ZERO,
            new BigDecimal("0.15"));

    private final ObservableList<StoredOffer> available;
    private final ObservableList<Long> selected = FXCollections.observableArrayList();
    private final IntegerProperty years = new SimpleIntegerProperty(4);
    private final ObjectProperty<BigDecimal> growth = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObservableMap<Long, BigDecimal> offerGrowth = FXCollections.observableHashMap();
    private final BooleanProperty leaveEnabled = new SimpleBooleanProperty();
    private final IntegerProperty leaveMonth = new SimpleIntegerProperty(12);
    private final ObjectProperty<Long> reference = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionMatrix> matrix = new SimpleObjectProperty<>(DecisionMatrix.defaults());
    private final ObjectProperty<TaxData.Loaded> taxData = new SimpleObjectProperty<>();
    private final ObjectProperty<TaxProfile> taxProfile = new SimpleObjectProperty<>(TaxProfile.DEFAULT);
    private final ReadOnlyObjectWrapper<CompareResult> result = new ReadOnlyObjectWrapper<>();
    private boolean applying;

    public CompareModel(ObservableList<StoredOffer> available) {
        this.available = available;
        for (Observable input : new Observable[] {selected, years, growth, offerGrowth, leaveEnabled, leaveMonth,
            reference, matrix, taxData, taxProfile, available}) {
            input.addListener(changed -> recompute());
        }
        available.addListener((Observable changed) -> selected.removeIf(id -> offer(id).isEmpty()));
    }

    /** Recomputes now; pure computation of a few milliseconds for six offers over ten years. */
    public void recompute() {
        if (applying) {
            return;
        }
        List<CompareEntry> entries = new ArrayList<>();
        for (Long id : selected) {
            offer(id).ifPresent(stored -> entries.add(new CompareEntry(Long.toString(id), stored.offer(),
                    offerGrowth.get(id))));
        }
        if (entries.size() < CompareEngine.MIN_OFFERS) {
            result.set(null);
            return;
        }
        ProjectionSettings settings = ProjectionSettings.defaults().withYears(years.get()).withGrowth(growth.get());
        Integer month = leaveEnabled.get() ? leaveMonth.get() : null;
        Comparison comparison = CompareEngine.compare(entries, settings, month);
        Map<String, List<YearTakeHome>> takeHome = null;
        if (taxData.get() != null) {
            takeHome = new LinkedHashMap<>();
            for (OfferComparison offer : comparison.offers()) {
                takeHome.put(offer.entry().key(), OfferTakeHome.of(offer.entry().offer(), offer.projection(),
                        taxProfile.get(), taxData.get().tables(), taxData.get().prices()));
            }
        }
        result.set(CompareResult.of(comparison, takeHome, matrix.get(), month));
    }

    /** Sets everything from a saved comparison, recomputing once. */
    public void apply(SavedComparison saved) {
        applying = true;
        try {
            selected.setAll(saved.offerIds().stream().filter(id -> offer(id).isPresent()).toList());
            years.set(saved.years());
            growth.set(saved.growth());
            offerGrowth.clear();
            offerGrowth.putAll(saved.offerGrowth());
            leaveEnabled.set(saved.leaveMonth() != null);
            if (saved.leaveMonth() != null) {
                leaveMonth.set(saved.leaveMonth());
            }
            reference.set(saved.referenceId());
            matrix.set(saved.matrix());
        } finally {
            applying = false;
        }
        recompute();
    }

    public SavedComparison toSaved(String name) {
        return new SavedComparison(name, List.copyOf(selected), years.get(), growth.get(), Map.copyOf(offerGrowth),
                leaveEnabled.get() ? leaveMonth.get() : null, reference.get(), matrix.get());
    }

    /** Selects or deselects an offer; at most six are compared. Returns false when the limit refused it. */
    public boolean select(long id, boolean on) {
        if (on && !selected.contains(id)) {
            if (selected.size() >= CompareEngine.MAX_OFFERS) {
                return false;
            }
            selected.add(id);
        } else if (!on) {
            selected.remove(id);
        }
        return true;
    }

    public Optional<StoredOffer> offer(long id) {
        return available.stream().filter(stored -> stored.id() == id).findFirst();
    }

    /** The column index of the reference offer (the first when none is chosen or it left the comparison). */
    public int referenceIndex() {
        int index = reference.get() == null ? -1 : selected.indexOf(reference.get());
        return Math.max(index, 0);
    }

    public ObservableList<StoredOffer> available() {
        return available;
    }

    public ObservableList<Long> selected() {
        return selected;
    }

    public IntegerProperty yearsProperty() {
        return years;
    }

    public ObjectProperty<BigDecimal> growthProperty() {
        return growth;
    }

    public ObservableMap<Long, BigDecimal> offerGrowth() {
        return offerGrowth;
    }

    public BooleanProperty leaveEnabledProperty() {
        return leaveEnabled;
    }

    public IntegerProperty leaveMonthProperty() {
        return leaveMonth;
    }

    public ObjectProperty<Long> referenceProperty() {
        return reference;
    }

    public ObjectProperty<DecisionMatrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<TaxData.Loaded> taxDataProperty() {
        return taxData;
    }

    public ObjectProperty<TaxProfile> taxProfileProperty() {
        return taxProfile;
    }

    public ReadOnlyObjectProperty<CompareResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
