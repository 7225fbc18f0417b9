package com.counteroffer.data;

import com.counteroffer.domain.input.CostOfLivingException;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.PriceParity;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a regional price parity file ({@code counteroffer.rpp/1}) and checks all of it. */
public final class CostOfLivingReader {

    public static final String FORMAT = "counteroffer.rpp/1";
    public static final String BUILT_IN = "rpp-2023.json";

    private final FieldChecks checks = new FieldChecks();

    private CostOfLivingReader() {
    }

    /** The price parities shipped with the application. */
    public static CostOfLiving readBuiltIn() {
        return StrictJson.builtIn(CostOfLivingReader.class, BUILT_IN, BUILT_IN, CostOfLivingException::new,
                CostOfLivingReader::read);
    }

    /** @throws CostOfLivingException listing every problem found */
    public static CostOfLiving read(InputStream in, String origin) {
        return new CostOfLivingReader().costOfLiving(StrictJson.object(in, origin, CostOfLivingException::new), origin);
    }

    private CostOfLiving costOfLiving(JsonNode root, String origin) {
        StrictJson.requireFormat(checks, root, FORMAT, origin, CostOfLivingException::new);
        checks.allowOnly(root, "", "format", "name", "year", "sources", "us_average", "metros", "hubs", "notes");
        String name = checks.text(root, "", "name");
        Integer year = checks.integer(root, "", "year", "a year such as 2023");
        List<Source> sources = checks.sources(root);
        BigDecimal usAverage = null;
        JsonNode average = checks.object(root, "", "us_average");
        if (average != null) {
            checks.allowOnly(average, "us_average", "rpp", "source", "status", "note");
            usAverage = checks.positiveDecimal(average, "us_average", "rpp", "a price level above 0, such as 100");
            checks.sourceRef(average, "us_average", "source");
            checks.status(average, "us_average");
            checks.optionalText(average, "us_average", "note");
        }
        Set<String> metroIds = new LinkedHashSet<>();
        List<PriceParity> metros = metros(root, metroIds);
        Map<String, List<String>> hubs = hubs(root, metroIds);
        if (checks.count() > 0) {
            throw new CostOfLivingException(origin, checks.problems());
        }
        try {
            return new CostOfLiving(name, year, sources, usAverage, metros, hubs);
        } catch (IllegalArgumentException e) {
            throw new CostOfLivingException(origin, List.of(e.getMessage()));
        }
    }

    /** @param ids filled with every metro id given, even where another field is wrong, to avoid knock-on errors */
    private List<PriceParity> metros(JsonNode root, Set<String> ids) {
        List<PriceParity> metros = new ArrayList<>();
        JsonNode array = checks.array(root, "", "metros");
        Set<String> seen = new HashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "metros[" + i + "]";
            JsonNode node = checks.objectItem(array.get(i), path);
            if (node == null) {
                continue;
            }
            int before = checks.count();
            checks.allowOnly(node, path, "id", "metro", "rpp", "source", "status", "note");
            String id = checks.text(node, path, "id");
            String metro = checks.text(node, path, "metro");
            BigDecimal rpp = checks.positiveDecimal(node, path, "rpp", "a price level above 0, such as 112.473");
            String source = checks.sourceRef(node, path, "source");
            FigureStatus status = checks.status(node, path);
            String note = checks.optionalText(node, path, "note");
            if (id != null && !seen.add(id)) {
                checks.problem(path + ".id", "\"" + id + "\" appears more than once; give each metro its own id");
            }
            if (id != null) {
                ids.add(id);
            }
            if (checks.count() == before) {
                metros.add(new PriceParity(id, metro, rpp, source, status, note));
            }
        }
        return metros;
    }

    private Map<String, List<String>> hubs(JsonNode root, Set<String> metroIds) {
        Map<String, List<String>> hubs = new LinkedHashMap<>();
        JsonNode array = checks.array(root, "", "hubs");
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "hubs[" + i + "]";
            JsonNode node = checks.objectItem(array.get(i), path);
            if (node == null) {
                continue;
            }
            checks.allowOnly(node, path, "hub", "metros", "note");
            String hub = checks.text(node, path, "hub");
            checks.optionalText(node, path, "note");
            JsonNode list = checks.array(node, path, "metros");
            List<String> ids = new ArrayList<>();
            for (int j = 0; list != null && j < list.size(); j++) {
                String id = list.get(j).asText(null);
                if (!list.get(j).isTextual() || !metroIds.contains(id)) {
                    checks.problem(path + ".metros[" + j + "]", "unknown metro " + FieldChecks.shown(list.get(j))
                            + "; use one of the ids in metros: " + String.join(", ", metroIds));
                } else {
                    ids.add(id);
                }
            }
            if (hub != null && hubs.put(hub, ids) != null) {
                checks.problem(path + ".hub", "\"" + hub + "\" appears more than once");
            }
        }
        return hubs;
    }
}
