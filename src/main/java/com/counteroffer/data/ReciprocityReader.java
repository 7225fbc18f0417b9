package com.counteroffer.data;

import com.counteroffer.domain.input.TaxTableException;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.tax.Reciprocity;
import com.counteroffer.domain.tax.StateCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the reciprocity file ({@code counteroffer.reciprocity/1}): the states whose reciprocal agreements leave
 * a commuter's wages to the home state, and the states that tax no nonresident's wages, each with its source. Any
 * problem refuses the whole file, naming every field at fault.
 */
public final class ReciprocityReader {

    public static final String FORMAT = "counteroffer.reciprocity/1";
    /** The built-in file, beside the tax tables. */
    public static final String BUILT_IN = "reciprocity-2026.json";

    private final FieldChecks checks = new FieldChecks();

    private ReciprocityReader() {
    }

    public static Reciprocity builtIn() {
        return StrictJson.builtIn(ReciprocityReader.class, "tax/" + BUILT_IN, BUILT_IN, TaxTableException::new,
                ReciprocityReader::read);
    }

    /** @throws TaxTableException listing every problem found */
    public static Reciprocity read(InputStream in, String origin) {
        return new ReciprocityReader().reciprocity(StrictJson.object(in, origin, TaxTableException::new), origin);
    }

    private Reciprocity reciprocity(JsonNode root, String origin) {
        StrictJson.requireFormat(checks, root, FORMAT, origin, TaxTableException::new);
        checks.allowOnly(root, "", "format", "tax_year", "sources", "agreements", "no_nonresident_wage_tax");
        Integer taxYear = checks.integer(root, "", "tax_year", "a year such as 2026");
        Map<String, Source> sources = checks.sources(root).stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        List<Reciprocity.Agreement> agreements = new ArrayList<>();
        JsonNode list = checks.array(root, "", "agreements");
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "agreements[" + i + "]";
            JsonNode node = checks.objectItem(list.get(i), path);
            if (node == null) {
                continue;
            }
            int before = checks.count();
            checks.allowOnly(node, path, "states", "source", "status", "note");
            List<StateCode> states = pair(node, path);
            Source source = source(node, path, sources);
            FigureStatus status = checks.status(node, path);
            String note = checks.optionalText(node, path, "note");
            if (checks.count() == before) {
                add(path, () -> agreements.add(new Reciprocity.Agreement(states.get(0), states.get(1), source,
                        status, note)));
            }
        }
        List<Reciprocity.Exemption> exemptions = new ArrayList<>();
        JsonNode exempt = checks.array(root, "", "no_nonresident_wage_tax");
        for (int i = 0; exempt != null && i < exempt.size(); i++) {
            String path = "no_nonresident_wage_tax[" + i + "]";
            JsonNode node = checks.objectItem(exempt.get(i), path);
            if (node == null) {
                continue;
            }
            int before = checks.count();
            checks.allowOnly(node, path, "state", "source", "status", "note");
            StateCode state = state(checks.text(node, path, "state"), path + ".state");
            Source source = source(node, path, sources);
            FigureStatus status = checks.status(node, path);
            String note = checks.optionalText(node, path, "note");
            if (checks.count() == before) {
                exemptions.add(new Reciprocity.Exemption(state, source, status, note));
            }
        }
        if (!checks.problems().isEmpty()) {
            throw new TaxTableException(origin, checks.problems());
        }
        try {
            return new Reciprocity(taxYear, agreements, exemptions);
        } catch (IllegalArgumentException e) {
            throw new TaxTableException(origin, List.of("agreements: " + e.getMessage()));
        }
    }

    /** Two different states of the 50 and DC. */
    private List<StateCode> pair(JsonNode node, String path) {
        JsonNode states = checks.array(node, path, "states");
        if (states == null) {
            return null;
        }
        if (states.size() != 2) {
            checks.problem(path + ".states", "expected two states, e.g. [\"MD\", \"VA\"], found " + states.size());
            return null;
        }
        List<StateCode> pair = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            JsonNode code = states.get(j);
            pair.add(state(code.isTextual() ? code.asText() : null, path + ".states[" + j + "]"));
        }
        if (pair.get(0) != null && pair.get(0) == pair.get(1)) {
            checks.problem(path + ".states", "the same state twice; an agreement is between two states");
        }
        return pair;
    }

    private StateCode state(String code, String path) {
        if (code == null) {
            checks.problem(path, "expected a two-letter state code in quotes, e.g. \"NJ\"");
            return null;
        }
        StateCode state = StateCode.fromCode(code).filter(found -> found != StateCode.OTHER).orElse(null);
        if (state == null) {
            checks.problem(path, "unknown state \"" + code + "\"; use a two-letter code of the 50 states or DC");
        }
        return state;
    }

    private Source source(JsonNode node, String path, Map<String, Source> sources) {
        String id = checks.sourceRef(node, path, "source");
        return id == null ? null : sources.get(id);
    }

    private void add(String path, Runnable adding) {
        try {
            adding.run();
        } catch (IllegalArgumentException e) {
            checks.problem(path, e.getMessage());
        }
    }
}
