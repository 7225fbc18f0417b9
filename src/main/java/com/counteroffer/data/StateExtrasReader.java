package com.counteroffer.data;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.tax.AddBack;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.GenericStateTax;
import com.counteroffer.domain.tax.IncomeBase;
import com.counteroffer.domain.tax.Locality;
import com.counteroffer.domain.tax.PayrollPremium;
import com.counteroffer.domain.tax.Schedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a tables file that only states have: the income a generic state starts from, its phase-outs,
 * payroll premiums and add-backs, and the localities of any state. Problems go to the reader's checks.
 */
final class StateExtrasReader {

    private static final String[] FILINGS = Arrays.stream(FilingStatus.values()).map(FilingStatus::id)
            .toArray(String[]::new);
    private static final List<String> PHASED = GenericStateTax.PHASED;

    private final FieldChecks checks;
    private final TaxTablesReader reader;

    StateExtrasReader(FieldChecks checks, TaxTablesReader reader) {
        this.checks = checks;
        this.reader = reader;
    }

    IncomeBase incomeBase(JsonNode incomeTax) {
        String text = checks.text(incomeTax, "income_tax", "starts_from");
        if (text == null) {
            return null;
        }
        IncomeBase base = IncomeBase.fromId(text).orElse(null);
        if (base == null) {
            checks.problem("income_tax.starts_from", "expected one of " + Arrays.stream(IncomeBase.values())
                    .map(IncomeBase::id).collect(Collectors.joining(", ")) + ", found \"" + text + "\"");
        }
        return base;
    }

    /** An optional true/false, false when absent. */
    boolean flag(JsonNode node, String field) {
        if (!node.has(field) || node.get(field).isNull()) {
            return false;
        }
        Boolean value = checks.bool(node, "income_tax", field);
        return Boolean.TRUE.equals(value);
    }

    /** What the state calls the amounts carried in generic slots; optional. */
    Map<String, String> labels(JsonNode incomeTax) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (!incomeTax.has("labels") || incomeTax.get("labels").isNull()) {
            return labels;
        }
        JsonNode node = checks.object(incomeTax, "income_tax", "labels");
        if (node == null) {
            return labels;
        }
        checks.allowOnly(node, "income_tax.labels", PHASED.toArray(String[]::new));
        for (String slot : PHASED) {
            if (node.has(slot)) {
                String label = checks.text(node, "income_tax.labels", slot);
                if (label != null) {
                    labels.put(slot, label);
                }
            }
        }
        return labels;
    }

    /** A phase-out needs both its start and end; a step or floor only makes sense with them. */
    void checkPhaseOuts(Map<String, Map<FilingStatus, Figure>> byFiling) {
        for (String phased : PHASED) {
            boolean start = byFiling.containsKey(phased + "_phaseout_start");
            boolean end = byFiling.containsKey(phased + "_phaseout_end");
            boolean extra = byFiling.containsKey(phased + "_phaseout_step")
                    || byFiling.containsKey(phased + "_phaseout_floor");
            if (start != end || (extra && !start)) {
                checks.problem("by_filing." + phased + "_phaseout_" + (start ? "end" : "start"),
                        "missing; a phase-out needs both " + phased + "_phaseout_start and " + phased + "_phaseout_end");
            }
            if ((start || extra) && !byFiling.containsKey(phased) && !phased.equals("standard_deduction")
                    && !phased.equals("personal_exemption")) {
                checks.problem("by_filing." + phased, "missing; a phase-out needs the amount it reduces");
            }
        }
    }

    List<PayrollPremium> payroll(JsonNode root) {
        List<PayrollPremium> premiums = new ArrayList<>();
        JsonNode array = optionalArray(root, "payroll");
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = "payroll[" + i + "]";
            JsonNode item = checks.objectItem(array.get(i), at);
            if (item == null) {
                continue;
            }
            int before = checks.count();
            checks.allowOnly(item, at, "label", "rate_percent", "wage_cap", "source", "status", "note");
            String label = checks.text(item, at, "label");
            BigDecimal rate = reader.percent(item, at, "rate_percent");
            BigDecimal cap = item.has("wage_cap") && !item.get("wage_cap").isNull()
                    ? reader.amount(item, at, "wage_cap") : null;
            String source = checks.sourceRef(item, at, "source");
            FigureStatus status = checks.statusWithNote(item, at);
            String note = checks.optionalText(item, at, "note");
            if (checks.count() == before) {
                premiums.add(new PayrollPremium(label, rate, cap, source, status, note));
            }
        }
        return premiums;
    }

    List<AddBack> addBacks(JsonNode root) {
        List<AddBack> addBacks = new ArrayList<>();
        JsonNode array = optionalArray(root, "add_backs");
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = "add_backs[" + i + "]";
            JsonNode item = checks.objectItem(array.get(i), at);
            if (item == null) {
                continue;
            }
            int before = checks.count();
            List<String> allowed = new ArrayList<>(List.of("label", "source", "status", "note", "counted_on"));
            allowed.addAll(List.of(FILINGS));
            checks.allowOnly(item, at, allowed.toArray(String[]::new));
            String label = checks.text(item, at, "label");
            String countedOn = item.has("counted_on") ? checks.text(item, at, "counted_on") : "federal_agi";
            if (countedOn != null && !countedOn.equals("federal_agi") && !countedOn.equals("state_taxable_income")) {
                checks.problem(at + ".counted_on", "expected federal_agi or state_taxable_income, found \""
                        + countedOn + "\"");
            }
            String source = checks.sourceRef(item, at, "source");
            FigureStatus status = checks.statusWithNote(item, at);
            String note = checks.optionalText(item, at, "note");
            Map<FilingStatus, AddBack.Steps> byFiling = new EnumMap<>(FilingStatus.class);
            for (FilingStatus filing : FilingStatus.values()) {
                String path = at + "." + filing.id();
                JsonNode steps = checks.object(item, at, filing.id());
                if (steps == null) {
                    continue;
                }
                checks.allowOnly(steps, path, "start", "step", "per_step", "max");
                BigDecimal start = reader.amount(steps, path, "start");
                BigDecimal step = reader.amount(steps, path, "step");
                BigDecimal perStep = reader.amount(steps, path, "per_step");
                BigDecimal max = reader.amount(steps, path, "max");
                if (step != null && step.signum() == 0) {
                    checks.problem(path + ".step", "must be above 0, found 0");
                } else if (start != null && step != null && perStep != null && max != null) {
                    byFiling.put(filing, new AddBack.Steps(start, step, perStep, max));
                }
            }
            if (checks.count() == before) {
                addBacks.add(new AddBack(label, byFiling, source, status, note,
                        "state_taxable_income".equals(countedOn)));
            }
        }
        return addBacks;
    }

    List<Locality> localities(JsonNode root) {
        List<Locality> localities = new ArrayList<>();
        JsonNode array = optionalArray(root, "localities");
        Set<String> ids = new HashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = "localities[" + i + "]";
            JsonNode item = checks.objectItem(array.get(i), at);
            if (item == null) {
                continue;
            }
            int before = checks.count();
            checks.allowOnly(item, at, "id", "name", "source", "status", "note", "levies");
            String id = checks.text(item, at, "id");
            if (id != null && !id.matches("[a-z][a-z0-9-]*")) {
                checks.problem(at + ".id", "expected lower-case letters, digits and hyphens, such as \"philadelphia\", "
                        + "found \"" + id + "\"");
            } else if (id != null && !ids.add(id)) {
                checks.problem(at + ".id", "\"" + id + "\" is used twice; each locality needs its own id");
            }
            String name = checks.text(item, at, "name");
            String source = checks.sourceRef(item, at, "source");
            FigureStatus status = checks.statusWithNote(item, at);
            String note = checks.optionalText(item, at, "note");
            List<Locality.Levy> levies = levies(item, at);
            if (checks.count() == before) {
                localities.add(new Locality(id, name, levies, source, status, note));
            }
        }
        return localities;
    }

    private List<Locality.Levy> levies(JsonNode locality, String at) {
        List<Locality.Levy> levies = new ArrayList<>();
        JsonNode array = checks.array(locality, at, "levies");
        if (array != null && array.isEmpty()) {
            checks.problem(at + ".levies", "empty; list the locality's taxes");
        }
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = at + ".levies[" + i + "]";
            JsonNode item = checks.objectItem(array.get(i), path);
            if (item == null) {
                continue;
            }
            List<String> allowed = new ArrayList<>(List.of("label", "base"));
            allowed.addAll(List.of(FILINGS));
            checks.allowOnly(item, path, allowed.toArray(String[]::new));
            String label = checks.text(item, path, "label");
            String baseText = checks.text(item, path, "base");
            Locality.Base base = baseText == null ? null : Locality.Base.fromId(baseText).orElse(null);
            if (baseText != null && base == null) {
                checks.problem(path + ".base", "expected one of " + Arrays.stream(Locality.Base.values())
                        .map(Locality.Base::id).collect(Collectors.joining(", ")) + ", found \"" + baseText + "\"");
            }
            Map<FilingStatus, Schedule> schedules = new EnumMap<>(FilingStatus.class);
            for (FilingStatus filing : FilingStatus.values()) {
                JsonNode brackets = checks.array(item, path, filing.id());
                if (brackets == null) {
                    continue;
                }
                // A levy's brackets share the locality's source and status.
                ObjectNode schedule = JsonNodeFactory.instance.objectNode();
                schedule.set("source", locality.get("source"));
                schedule.set("status", locality.get("status"));
                if (locality.has("note")) {
                    schedule.set("note", locality.get("note"));
                }
                schedule.set("brackets", brackets);
                Schedule read = reader.schedule(schedule, path + "." + filing.id());
                if (read != null) {
                    schedules.put(filing, read);
                }
            }
            if (label != null && base != null && schedules.size() == FilingStatus.values().length) {
                levies.add(new Locality.Levy(label, base, schedules));
            }
        }
        return levies;
    }

    private JsonNode optionalArray(JsonNode root, String field) {
        if (!root.has(field) || root.get(field).isNull()) {
            return null;
        }
        return checks.array(root, "", field);
    }
}
