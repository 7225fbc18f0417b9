package com.counteroffer.data;

import com.counteroffer.domain.input.TaxTableException;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.tax.AddBack;
import com.counteroffer.domain.tax.Bracket;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FigureKind;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.IncomeBase;
import com.counteroffer.domain.tax.IncomeTaxLevy;
import com.counteroffer.domain.tax.Jurisdiction;
import com.counteroffer.domain.tax.JurisdictionId;
import com.counteroffer.domain.tax.Locality;
import com.counteroffer.domain.tax.PayrollPremium;
import com.counteroffer.domain.tax.RecaptureStep;
import com.counteroffer.domain.tax.RecaptureTable;
import com.counteroffer.domain.tax.Schedule;
import com.counteroffer.domain.tax.TaxTables;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
 * Reads tax-table files ({@code counteroffer.tax/1}), one per jurisdiction and year, and checks all of
 * each: a figure without a valid source or status, a figure the engine needs but the file lacks, or one it
 * does not know, refuses the whole file, naming every field at fault.
 */
public final class TaxTablesReader {

    public static final String FORMAT = "counteroffer.tax/1";
    /** The built-in files, beside this class under {@code tax/}: one per jurisdiction. */
    public static final List<String> BUILT_IN = Arrays.stream(JurisdictionId.values()).map(JurisdictionId::file)
            .toList();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FieldChecks checks = new FieldChecks();

    private TaxTablesReader() {
    }

    /**
     * Every built-in file, read once per call: slow enough (a few milliseconds) that screens should call it
     * off the UI thread and keep the result.
     */
    public static TaxTables builtIn() {
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (String file : BUILT_IN) {
            jurisdictions.add(StrictJson.builtIn(TaxTablesReader.class, "tax/" + file, file, TaxTableException::new,
                    TaxTablesReader::read));
        }
        try {
            return TaxTables.of(jurisdictions).withReciprocity(ReciprocityReader.builtIn());
        } catch (IllegalArgumentException e) {
            throw new TaxTableException("built-in tax tables", List.of(e.getMessage()));
        }
    }

    /**
     * The built-in tables, each file read (and checked) the first time its jurisdiction is asked for: for a
     * command that needs a few of them. A file at fault is refused when it is read.
     */
    public static TaxTables builtInLazy() {
        return TaxTables.lazy(TaxTablesReader::builtIn, ReciprocityReader::builtIn);
    }

    private static Jurisdiction builtIn(JurisdictionId id) {
        Jurisdiction jurisdiction = StrictJson.builtIn(TaxTablesReader.class, "tax/" + id.file(), id.file(),
                TaxTableException::new, TaxTablesReader::read);
        if (jurisdiction.id() != id) {
            throw new TaxTableException(id.file(), List.of("holds the tables of " + jurisdiction.id().label()
                    + ", not " + id.label()));
        }
        return jurisdiction;
    }

    /**
     * @param origin how to name the file in messages, e.g. its file name
     * @throws TaxTableException listing every problem found
     */
    public static Jurisdiction read(InputStream in, String origin) {
        return new TaxTablesReader().jurisdiction(StrictJson.object(in, origin, TaxTableException::new), origin);
    }

    private Jurisdiction jurisdiction(JsonNode root, String origin) {
        StrictJson.requireFormat(checks, root, FORMAT, origin, TaxTableException::new);
        checks.allowOnly(root, "", "format", "jurisdiction", "name", "tax_year", "schedule_year", "label", "sources",
                "income_tax", "schedules", "by_filing", "figures", "supplemental_tax", "notes", "payroll", "add_backs",
                "localities");
        String idText = checks.text(root, "", "jurisdiction");
        JurisdictionId id = idText == null ? null : JurisdictionId.fromId(idText).orElse(null);
        if (idText != null && id == null) {
            checks.problem("jurisdiction", "expected one of " + Arrays.stream(JurisdictionId.values())
                    .map(JurisdictionId::id).collect(Collectors.joining(", ")) + ", found \"" + idText + "\"");
        }
        String name = checks.text(root, "", "name");
        Integer taxYear = checks.integer(root, "", "tax_year", "a year such as 2026");
        Integer scheduleYear = checks.integer(root, "", "schedule_year", "a year such as 2026");
        String label = checks.optionalText(root, "", "label");
        if (taxYear != null && scheduleYear != null && !taxYear.equals(scheduleYear)
                && (label == null || label.isBlank())) {
            checks.problem("label", "missing; the schedule is for " + scheduleYear + ", not the tax year " + taxYear
                    + ": say so, e.g. \"" + scheduleYear + " schedule, used for " + taxYear + "\"");
        }
        List<Source> sources = checks.sources(root);
        if (id == null) {
            throw new TaxTableException(origin, checks.problems());
        }
        JurisdictionId.Contents contents = id.contents();
        IncomeTaxLevy incomeTax = incomeTax(root, contents);
        Map<FilingStatus, Schedule> schedules = schedules(root, contents);
        Map<String, Map<FilingStatus, Figure>> byFiling = byFiling(root, contents);
        Map<String, Figure> figures = figures(root, contents);
        RecaptureTable supplemental = supplementalTax(root, contents);
        StateExtrasReader extras = new StateExtrasReader(checks, this);
        List<PayrollPremium> payroll = contents.generic() ? extras.payroll(root) : forbidden(root, "payroll");
        List<AddBack> addBacks = contents.generic() ? extras.addBacks(root) : forbidden(root, "add_backs");
        List<Locality> localities = id.hasLocalities() ? extras.localities(root) : forbidden(root, "localities");
        List<String> notes = checks.notes(root);
        if (checks.count() > 0) {
            throw new TaxTableException(origin, checks.problems());
        }
        try {
            return new Jurisdiction(id, name, taxYear, scheduleYear, label, sources, incomeTax, schedules, byFiling,
                    figures, supplemental, notes, payroll, addBacks, localities);
        } catch (IllegalArgumentException e) {
            throw new TaxTableException(origin, List.of(e.getMessage()));
        }
    }

    private IncomeTaxLevy incomeTax(JsonNode root, JurisdictionId.Contents contents) {
        if (contents.levies() == null) {
            forbid(root, "income_tax", "FICA is not an income tax");
            return null;
        }
        JsonNode node = checks.object(root, "", "income_tax");
        if (node == null) {
            return null;
        }
        int before = checks.count();
        boolean generic = contents.generic() && Boolean.TRUE.equals(contents.levies());
        if (generic) {
            checks.allowOnly(node, "income_tax", "levied", "source", "status", "note", "starts_from",
                    "federal_tax_deductible", "deferral_taxed", "hsa_taxed", "labels");
        } else {
            checks.allowOnly(node, "income_tax", "levied", "source", "status", "note");
        }
        Boolean levied = checks.bool(node, "income_tax", "levied");
        if (levied != null && !levied.equals(contents.levies())) {
            checks.problem("income_tax.levied", "expected " + contents.levies() + " for these tables, found " + levied);
        }
        String source = checks.sourceRef(node, "income_tax", "source");
        FigureStatus status = checks.statusWithNote(node, "income_tax");
        String note = checks.optionalText(node, "income_tax", "note");
        if (!generic) {
            return checks.count() > before ? null : new IncomeTaxLevy(levied, source, status, note);
        }
        StateExtrasReader extras = new StateExtrasReader(checks, this);
        IncomeBase startsFrom = extras.incomeBase(node);
        boolean federalTaxDeductible = extras.flag(node, "federal_tax_deductible");
        boolean deferralTaxed = extras.flag(node, "deferral_taxed");
        boolean hsaTaxed = extras.flag(node, "hsa_taxed");
        Map<String, String> labels = extras.labels(node);
        return checks.count() > before ? null : new IncomeTaxLevy(levied, source, status, note, startsFrom,
                federalTaxDeductible, deferralTaxed, hsaTaxed, labels);
    }

    private Map<FilingStatus, Schedule> schedules(JsonNode root, JurisdictionId.Contents contents) {
        Map<FilingStatus, Schedule> schedules = new EnumMap<>(FilingStatus.class);
        if (contents.schedules().isEmpty()) {
            forbid(root, "schedules", "these tables have no income tax schedule");
            return schedules;
        }
        JsonNode node = checks.object(root, "", "schedules");
        if (node == null) {
            return schedules;
        }
        checks.allowOnly(node, "schedules", ids(contents.schedules()));
        for (FilingStatus filing : contents.schedules()) {
            String path = "schedules." + filing.id();
            JsonNode schedule = checks.object(node, "schedules", filing.id());
            if (schedule != null) {
                Schedule read = schedule(schedule, path);
                if (read != null) {
                    schedules.put(filing, read);
                }
            }
        }
        return schedules;
    }

    Schedule schedule(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "source", "status", "note", "brackets");
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        List<Bracket> brackets = new ArrayList<>();
        JsonNode array = checks.array(node, path, "brackets");
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = path + ".brackets[" + i + "]";
            JsonNode bracket = checks.objectItem(array.get(i), at);
            if (bracket == null) {
                continue;
            }
            checks.allowOnly(bracket, at, "from", "rate_percent");
            Long from = checks.dollars(bracket, at, "from");
            BigDecimal rate = percent(bracket, at, "rate_percent");
            if (i == 0 && from != null && from != 0) {
                checks.problem(at + ".from", "the first bracket must start at 0, found " + from);
            }
            if (!brackets.isEmpty() && from != null
                    && BigDecimal.valueOf(from).compareTo(brackets.get(brackets.size() - 1).from()) <= 0) {
                checks.problem(at + ".from", "must be above the previous bracket's "
                        + brackets.get(brackets.size() - 1).from().toPlainString() + ", found " + from);
            }
            if (from != null && rate != null) {
                brackets.add(new Bracket(BigDecimal.valueOf(from), rate));
            }
        }
        if (array != null && array.isEmpty()) {
            checks.problem(path + ".brackets", "empty; list the brackets from 0 up");
        }
        return checks.count() > before ? null : new Schedule(brackets, source, status, note);
    }

    private Map<String, Map<FilingStatus, Figure>> byFiling(JsonNode root, JurisdictionId.Contents contents) {
        Map<String, Map<FilingStatus, Figure>> result = new LinkedHashMap<>();
        if (contents.byFiling().isEmpty()) {
            forbid(root, "by_filing", "these tables have no figures that differ by filing status");
            return result;
        }
        JsonNode node = checks.object(root, "", "by_filing");
        if (node == null) {
            return result;
        }
        List<String> allowed = new ArrayList<>(contents.byFiling().keySet());
        allowed.addAll(contents.optionalByFiling().keySet());
        checks.allowOnly(node, "by_filing", allowed.toArray(String[]::new));
        Map<String, FigureKind> given = new LinkedHashMap<>(contents.byFiling());
        contents.optionalByFiling().forEach((name, kind) -> {
            if (node.has(name)) {
                given.put(name, kind);
            }
        });
        given.forEach((name, kind) -> {
            String path = "by_filing." + name;
            JsonNode perFiling = checks.object(node, "by_filing", name);
            if (perFiling == null) {
                return;
            }
            checks.allowOnly(perFiling, path, ids(contents.byFilingStatuses()));
            Map<FilingStatus, Figure> values = new EnumMap<>(FilingStatus.class);
            for (FilingStatus filing : contents.byFilingStatuses()) {
                JsonNode figure = checks.object(perFiling, path, filing.id());
                Figure read = figure == null ? null : figure(figure, path + "." + filing.id(), kind);
                if (read != null) {
                    values.put(filing, read);
                }
            }
            result.put(name, values);
        });
        if (contents.generic()) {
            new StateExtrasReader(checks, this).checkPhaseOuts(result);
        }
        return result;
    }

    private Map<String, Figure> figures(JsonNode root, JurisdictionId.Contents contents) {
        Map<String, Figure> result = new LinkedHashMap<>();
        if (contents.figures().isEmpty()) {
            forbid(root, "figures", "these tables need no other figures");
            return result;
        }
        JsonNode node = checks.object(root, "", "figures");
        if (node == null) {
            return result;
        }
        checks.allowOnly(node, "figures", contents.figures().keySet().toArray(String[]::new));
        contents.figures().forEach((name, kind) -> {
            JsonNode figure = checks.object(node, "figures", name);
            Figure read = figure == null ? null : figure(figure, "figures." + name, kind);
            if (read != null) {
                result.put(name, read);
            }
        });
        return result;
    }

    private Figure figure(JsonNode node, String path, FigureKind kind) {
        int before = checks.count();
        String valueField = switch (kind) {
            case AMOUNT -> "amount";
            case RATE -> "rate_percent";
            case COUNT -> "count";
        };
        checks.allowOnly(node, path, valueField, "source", "status", "note");
        BigDecimal value = switch (kind) {
            case AMOUNT -> amount(node, path, valueField);
            case RATE -> percent(node, path, valueField);
            case COUNT -> {
                Integer count = checks.integer(node, path, valueField, "a whole number, 1 or more");
                yield count == null ? null : BigDecimal.valueOf(count);
            }
        };
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null : new Figure(value, source, status, note);
    }

    private RecaptureTable supplementalTax(JsonNode root, JurisdictionId.Contents contents) {
        if (!contents.supplementalTax()) {
            forbid(root, "supplemental_tax", "only New York's tables have a supplemental tax");
            return null;
        }
        JsonNode node = checks.object(root, "", "supplemental_tax");
        if (node == null) {
            return null;
        }
        int before = checks.count();
        String path = "supplemental_tax";
        List<String> allowed = new ArrayList<>(List.of("source", "status", "note"));
        allowed.addAll(List.of(ids(contents.schedules())));
        checks.allowOnly(node, path, allowed.toArray(String[]::new));
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        Map<FilingStatus, List<RecaptureStep>> steps = new EnumMap<>(FilingStatus.class);
        for (FilingStatus filing : contents.schedules()) {
            JsonNode array = checks.array(node, path, filing.id());
            List<RecaptureStep> rows = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                String at = path + "." + filing.id() + "[" + i + "]";
                JsonNode row = checks.objectItem(array.get(i), at);
                if (row == null) {
                    continue;
                }
                checks.allowOnly(row, at, "taxable_income_from", "recapture_base", "incremental_benefit");
                Long from = checks.dollars(row, at, "taxable_income_from");
                Long base = checks.dollars(row, at, "recapture_base");
                Long benefit = checks.dollars(row, at, "incremental_benefit");
                if (i == 0 && from != null && from != 0) {
                    checks.problem(at + ".taxable_income_from", "the first step must start at 0, found " + from);
                }
                if (!rows.isEmpty() && from != null
                        && BigDecimal.valueOf(from).compareTo(rows.get(rows.size() - 1).taxableIncomeFrom()) <= 0) {
                    checks.problem(at + ".taxable_income_from", "must be above the previous step's "
                            + rows.get(rows.size() - 1).taxableIncomeFrom().toPlainString() + ", found " + from);
                }
                if (from != null && base != null && benefit != null) {
                    rows.add(new RecaptureStep(BigDecimal.valueOf(from), BigDecimal.valueOf(base),
                            BigDecimal.valueOf(benefit)));
                }
            }
            if (array != null && array.isEmpty()) {
                checks.problem(path + "." + filing.id(), "empty; list the steps from taxable income 0 up");
            }
            steps.put(filing, rows);
        }
        return checks.count() > before ? null : new RecaptureTable(steps, source, status, note);
    }

    /** Dollars, with cents allowed (premium caps such as 411.91). */
    BigDecimal amount(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            checks.problem(FieldChecks.at(path, field), "missing; add an amount in dollars, such as 16100");
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0
                || value.decimalValue().stripTrailingZeros().scale() > 2) {
            checks.problem(FieldChecks.at(path, field), "expected dollars, 0 or more, to the cent at most, found "
                    + FieldChecks.shown(value));
            return null;
        }
        return value.decimalValue();
    }

    /** A rate written in percent (6.85), returned as a fraction (0.0685). */
    BigDecimal percent(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            checks.problem(FieldChecks.at(path, field), "missing; add a rate in percent, such as 6.85 for 6.85 %");
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(HUNDRED) >= 0) {
            checks.problem(FieldChecks.at(path, field), "expected a rate in percent from 0 to below 100, such as 6.85, "
                    + "found " + FieldChecks.shown(value));
            return null;
        }
        return value.decimalValue().movePointLeft(2);
    }

    private <T> List<T> forbidden(JsonNode root, String field) {
        forbid(root, field, "only the states read by the generic computation have it");
        return List.of();
    }

    private void forbid(JsonNode root, String field, String why) {
        if (root.has(field)) {
            checks.problem(field, "not used here (" + why + "); remove it");
        }
    }

    private static String[] ids(Set<FilingStatus> statuses) {
        return statuses.stream().map(FilingStatus::id).toArray(String[]::new);
    }
}
