package com.counteroffer.data;

import com.counteroffer.domain.input.TaxTableException;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.tax.Bracket;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Schedule;
import com.counteroffer.domain.tax.withholding.StateWithholding;
import com.counteroffer.domain.tax.withholding.WithholdingTables;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the withholding file ({@code counteroffer.withholding/1}): Publication 15-T's annual tables, the
 * supplemental rates, each state's supplemental rate and the safe harbour, and checks all of it as
 * {@link TaxTablesReader} does: every figure with a known source and a status, every state and DC present,
 * nothing unknown; the whole file is refused with every problem named.
 */
public final class WithholdingTablesReader {

    public static final String FORMAT = "counteroffer.withholding/1";
    public static final String BUILT_IN = "withholding-2026.json";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);

    private final FieldChecks checks = new FieldChecks();

    private WithholdingTablesReader() {
    }

    /** The built-in file, read once per call: call it off the UI thread and keep the result. */
    public static WithholdingTables builtIn() {
        return StrictJson.builtIn(WithholdingTablesReader.class, "tax/" + BUILT_IN, BUILT_IN, TaxTableException::new,
                WithholdingTablesReader::read);
    }

    /**
     * @param origin how to name the file in messages
     * @throws TaxTableException listing every problem found
     */
    public static WithholdingTables read(InputStream in, String origin) {
        return new WithholdingTablesReader().tables(StrictJson.object(in, origin, TaxTableException::new), origin);
    }

    private WithholdingTables tables(JsonNode root, String origin) {
        StrictJson.requireFormat(checks, root, FORMAT, origin, TaxTableException::new);
        checks.allowOnly(root, "", "format", "tax_year", "sources", "federal", "safe_harbor", "states", "localities",
                "notes");
        Integer taxYear = checks.integer(root, "", "tax_year", "a year such as 2026");
        List<Source> sources = checks.sources(root);
        Map<FilingStatus, Schedule> tables = new EnumMap<>(FilingStatus.class);
        Map<FilingStatus, Figure> adjustments = new EnumMap<>(FilingStatus.class);
        Map<String, Figure> federal = new LinkedHashMap<>();
        JsonNode federalNode = checks.object(root, "", "federal");
        if (federalNode != null) {
            checks.allowOnly(federalNode, "federal", "percentage_method", "wage_adjustment", "figures");
            percentageMethod(federalNode, tables);
            wageAdjustment(federalNode, adjustments);
            figures(federalNode, "federal", "figures", WithholdingTables.FEDERAL_FIGURES, federal);
        }
        Map<String, Figure> safeHarbor = new LinkedHashMap<>();
        figures(root, "", "safe_harbor", WithholdingTables.SAFE_HARBOR_FIGURES, safeHarbor);
        Map<String, StateWithholding> states = states(root);
        Map<String, Figure> localities = localities(root);
        List<String> notes = checks.notes(root);
        if (checks.count() > 0) {
            throw new TaxTableException(origin, checks.problems());
        }
        try {
            return new WithholdingTables(taxYear, sources, tables, adjustments, federal, safeHarbor, states,
                    localities, notes);
        } catch (IllegalArgumentException e) {
            throw new TaxTableException(origin, List.of(e.getMessage()));
        }
    }

    private void percentageMethod(JsonNode federal, Map<FilingStatus, Schedule> tables) {
        JsonNode node = checks.object(federal, "federal", "percentage_method");
        if (node == null) {
            return;
        }
        checks.allowOnly(node, "federal.percentage_method", ids());
        for (FilingStatus filing : FilingStatus.values()) {
            String path = "federal.percentage_method." + filing.id();
            JsonNode table = checks.object(node, "federal.percentage_method", filing.id());
            Schedule read = table == null ? null : schedule(table, path);
            if (read != null) {
                tables.put(filing, read);
            }
        }
    }

    private Schedule schedule(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "source", "status", "note", "brackets");
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        List<Bracket> brackets = new ArrayList<>();
        JsonNode array = checks.array(node, path, "brackets");
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = path + ".brackets[" + i + "]";
            JsonNode row = checks.objectItem(array.get(i), at);
            if (row == null) {
                continue;
            }
            checks.allowOnly(row, at, "from", "rate_percent");
            Long from = checks.dollars(row, at, "from");
            BigDecimal rate = percent(row, at, "rate_percent", HUNDRED);
            if (i == 0 && from != null && from != 0) {
                checks.problem(at + ".from", "the first row must start at 0, found " + from);
            }
            if (!brackets.isEmpty() && from != null
                    && BigDecimal.valueOf(from).compareTo(brackets.get(brackets.size() - 1).from()) <= 0) {
                checks.problem(at + ".from", "must be above the previous row's "
                        + brackets.get(brackets.size() - 1).from().toPlainString() + ", found " + from);
            }
            if (from != null && rate != null) {
                brackets.add(new Bracket(BigDecimal.valueOf(from), rate));
            }
        }
        if (array != null && array.isEmpty()) {
            checks.problem(path + ".brackets", "empty; list the table's rows from 0 up");
        }
        return checks.count() > before ? null : new Schedule(brackets, source, status, note);
    }

    private void wageAdjustment(JsonNode federal, Map<FilingStatus, Figure> adjustments) {
        JsonNode node = checks.object(federal, "federal", "wage_adjustment");
        if (node == null) {
            return;
        }
        checks.allowOnly(node, "federal.wage_adjustment", ids());
        for (FilingStatus filing : FilingStatus.values()) {
            JsonNode figure = checks.object(node, "federal.wage_adjustment", filing.id());
            Figure read = figure == null ? null : amountFigure(figure, "federal.wage_adjustment." + filing.id());
            if (read != null) {
                adjustments.put(filing, read);
            }
        }
    }

    /** Named figures: a rate ({@code rate_percent}) or dollars ({@code amount}), each name exactly once. */
    private void figures(JsonNode parent, String parentPath, String field, List<String> names,
                         Map<String, Figure> into) {
        JsonNode node = checks.object(parent, parentPath, field);
        String path = FieldChecks.at(parentPath, field);
        if (node == null) {
            return;
        }
        checks.allowOnly(node, path, names.toArray(String[]::new));
        for (String name : names) {
            JsonNode figure = checks.object(node, path, name);
            if (figure == null) {
                continue;
            }
            String at = path + "." + name;
            Figure read = figure.has("amount") ? amountFigure(figure, at) : rateFigure(figure, at,
                    WithholdingTables.RATES_UP_TO_TWICE.contains(name) ? TWO_HUNDRED : HUNDRED);
            if (read != null) {
                into.put(name, read);
            }
        }
    }

    private Figure amountFigure(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "amount", "source", "status", "note");
        Long amount = checks.dollars(node, path, "amount");
        return finish(node, path, before, amount == null ? null : BigDecimal.valueOf(amount));
    }

    private Figure rateFigure(JsonNode node, String path, BigDecimal below) {
        int before = checks.count();
        checks.allowOnly(node, path, "rate_percent", "source", "status", "note");
        return finish(node, path, before, percent(node, path, "rate_percent", below));
    }

    private Figure finish(JsonNode node, String path, int before, BigDecimal value) {
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null : new Figure(value, source, status, note);
    }

    private Map<String, StateWithholding> states(JsonNode root) {
        Map<String, StateWithholding> states = new LinkedHashMap<>();
        JsonNode node = checks.object(root, "", "states");
        if (node == null) {
            return states;
        }
        checks.allowOnly(node, "states", WithholdingTables.STATES.toArray(String[]::new));
        for (String code : WithholdingTables.STATES) {
            JsonNode state = checks.object(node, "states", code);
            StateWithholding read = state == null ? null : state(state, code);
            if (read != null) {
                states.put(code, read);
            }
        }
        return states;
    }

    private StateWithholding state(JsonNode node, String code) {
        int before = checks.count();
        String path = "states." + code;
        checks.allowOnly(node, path, "wage_tax", "supplemental_rate_percent", "bonus_and_stock_rate_percent",
                "source", "status", "note");
        Boolean wageTax = checks.bool(node, path, "wage_tax");
        BigDecimal rate = null;
        BigDecimal bonusRate = null;
        if (Boolean.FALSE.equals(wageTax)) {
            for (String field : List.of("supplemental_rate_percent", "bonus_and_stock_rate_percent")) {
                if (node.has(field)) {
                    checks.problem(path + "." + field, "not used where the state taxes no wages; remove it");
                }
            }
        } else if (Boolean.TRUE.equals(wageTax)) {
            if (!node.has("supplemental_rate_percent")) {
                checks.problem(path + ".supplemental_rate_percent", "missing; give the state's flat rate in percent, "
                        + "or null where it sets none");
            } else if (!node.get("supplemental_rate_percent").isNull()) {
                rate = percent(node, path, "supplemental_rate_percent", HUNDRED);
            }
            if (node.hasNonNull("bonus_and_stock_rate_percent")) {
                bonusRate = percent(node, path, "bonus_and_stock_rate_percent", HUNDRED);
                if (node.path("supplemental_rate_percent").isNull()) {
                    checks.problem(path + ".bonus_and_stock_rate_percent", "given without a supplemental rate; give "
                            + "supplemental_rate_percent too");
                }
            }
        }
        String source = checks.sourceRef(node, path, "source");
        FigureStatus status = checks.statusWithNote(node, path);
        String note = checks.optionalText(node, path, "note");
        if (Boolean.TRUE.equals(wageTax) && node.path("supplemental_rate_percent").isNull()
                && (note == null || note.isBlank())) {
            checks.problem(path + ".note", "missing; say that the state sets no flat rate and how it withholds");
        }
        return checks.count() > before ? null
                : new StateWithholding(code, wageTax, rate, bonusRate, source, status, note);
    }

    private Map<String, Figure> localities(JsonNode root) {
        Map<String, Figure> localities = new LinkedHashMap<>();
        JsonNode node = checks.object(root, "", "localities");
        if (node == null) {
            return localities;
        }
        checks.allowOnly(node, "localities", WithholdingTables.LOCALITIES.toArray(String[]::new));
        for (String id : WithholdingTables.LOCALITIES) {
            JsonNode locality = checks.object(node, "localities", id);
            if (locality == null) {
                continue;
            }
            String path = "localities." + id;
            int before = checks.count();
            checks.allowOnly(locality, path, "supplemental_rate_percent", "source", "status", "note");
            Figure read = finish(locality, path, before, percent(locality, path, "supplemental_rate_percent", HUNDRED));
            if (read != null) {
                localities.put(id, read);
            }
        }
        return localities;
    }

    /** A rate in percent (22 → 0.22), from 0 to below {@code below}. */
    private BigDecimal percent(JsonNode node, String path, String field, BigDecimal below) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            checks.problem(FieldChecks.at(path, field), "missing; add a rate in percent, such as 22 for 22 %");
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(below) >= 0) {
            checks.problem(FieldChecks.at(path, field), "expected a rate in percent from 0 to below "
                    + below.toPlainString() + ", such as 22, found " + FieldChecks.shown(value));
            return null;
        }
        return value.decimalValue().movePointLeft(2);
    }

    private static String[] ids() {
        return java.util.Arrays.stream(FilingStatus.values()).map(FilingStatus::id).toArray(String[]::new);
    }
}
