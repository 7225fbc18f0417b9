package com.counteroffer.data;

import com.counteroffer.domain.client.ClientName;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.Offer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The {@code counteroffer.export/1} format: whole clients (offers and saved comparisons) as one
 * JSON file, to move them to another machine. Offers are {@code counteroffer.offer/1} objects; a
 * comparison has the keys of a saved comparison, with its offers named by their position in the
 * client's {@code offers} list, from 0, instead of by database id.
 * See docs/import-export.md.
 */
public final class ExportJson {

    public static final String FORMAT = "counteroffer.export/1";

    private static final int MAX_YEARS = 10;
    private static final int MAX_LEAVE_MONTH = 120;
    private static final int PROGRESS_EVERY = 250;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private int offersRead;
    private int offersTotal;

    private ExportJson(ProgressListener progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    // ---------------------------------------------------------------- writing

    public static String write(List<ClientBundle> clients) {
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("clients");
        for (ClientBundle client : clients) {
            ObjectNode node = list.addObject();
            node.put("name", client.name());
            ArrayNode offers = node.putArray("offers");
            client.offers().forEach(offer -> offers.add(OfferJson.tree(offer)));
            ArrayNode comparisons = node.putArray("comparisons");
            // The saved-comparison keys, with offer_ids and reference_id holding positions in "offers".
            client.comparisons().forEach(comparison -> comparisons.add(ComparisonJson.tree(comparison)));
        }
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write export JSON", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a {@code counteroffer.export/1} document already parsed as JSON.
     *
     * @throws ImportException listing every problem, each with where it is and the key
     */
    static List<ClientBundle> read(JsonNode root, String origin, ProgressListener progress, BooleanSupplier cancelled) {
        ExportJson reader = new ExportJson(progress, cancelled);
        List<ClientBundle> clients = reader.clients(root);
        if (!reader.problems.isEmpty()) {
            throw new ImportException(origin, reader.problems);
        }
        return clients;
    }

    private List<ClientBundle> clients(JsonNode root) {
        allowOnly(root, "file", "format", "clients");
        JsonNode list = root.get("clients");
        if (list == null || !list.isArray()) {
            problem("file", "clients", "expected a list [ ... ] of clients");
            return List.of();
        }
        for (JsonNode client : list) {
            JsonNode offers = client.get("offers");
            offersTotal += offers != null && offers.isArray() ? offers.size() : 0;
        }
        List<ClientBundle> clients = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int c = 0; c < list.size(); c++) {
            String where = "clients[" + c + "]";
            JsonNode client = list.get(c);
            if (!client.isObject()) {
                problem(where, "", "expected a client object { \"name\": …, \"offers\": [ … ] }");
                continue;
            }
            allowOnly(client, where, "name", "offers", "comparisons");
            JsonNode nameNode = client.get("name");
            String name = null;
            if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
                problem(where, "name", "expected the client's name as text");
            } else if (ClientName.problem(nameNode.asText()) != null) {
                problem(where, "name", ClientName.problem(nameNode.asText()));
            } else if (!names.add(nameNode.asText().strip().toLowerCase(java.util.Locale.ROOT))) {
                problem(where, "name", "another client in this file has the same name; merge them or rename one");
            } else {
                name = nameNode.asText().strip();
            }
            List<Offer> offers = offers(client.get("offers"), where);
            List<SavedComparison> comparisons = comparisons(client.get("comparisons"), where, offers.size());
            if (problems.isEmpty()) {
                clients.add(new ClientBundle(name, offers, comparisons));
            }
        }
        return clients;
    }

    private List<Offer> offers(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "offers", "expected a list [ ... ] of offers");
            return List.of();
        }
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String row = where + ".offers[" + i + "]";
            try {
                offers.add(OfferJson.fromTree(list.get(i), row));
            } catch (OfferFormatException e) {
                problems.addAll(ImportProblem.ofOffer(row, e));
                offers.add(null); // keeps later positions right for the comparisons' checks
            }
            if (++offersRead % PROGRESS_EVERY == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The import was cancelled; nothing was imported.");
                }
                progress.progress((double) offersRead / Math.max(1, offersTotal),
                        "Checking offer " + offersRead + " of " + offersTotal);
            }
        }
        return offers;
    }

    private List<SavedComparison> comparisons(JsonNode list, String where, int offerCount) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "comparisons", "expected a list [ ... ] of comparisons");
            return List.of();
        }
        List<SavedComparison> comparisons = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String row = where + ".comparisons[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problem(row, "", "expected a comparison object { \"name\": …, \"offers\": [ … ] }");
                continue;
            }
            int before = problems.size();
            allowOnly(node, row, "name", "offer_ids", "years", "growth", "offer_growth", "leave_month", "reference_id",
                    "factors");
            String name = node.path("name").isTextual() && !node.path("name").asText().isBlank()
                    ? node.get("name").asText() : null;
            if (name == null) {
                problem(row, "name", "expected the comparison's name as text");
            } else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                problem(row, "name", "another comparison of this client has the same name; rename one");
            }
            List<Long> positions = new ArrayList<>();
            JsonNode offers = node.get("offer_ids");
            if (offers == null || !offers.isArray() || offers.isEmpty()) {
                problem(row, "offer_ids", "expected a list of offer positions, e.g. [0, 1]");
            } else {
                for (int j = 0; j < offers.size(); j++) {
                    Long position = position(offers.get(j), row, "offer_ids[" + j + "]", offerCount);
                    if (position != null && positions.contains(position)) {
                        problem(row, "offer_ids[" + j + "]", "offer " + position + " is listed twice");
                    } else if (position != null) {
                        positions.add(position);
                    }
                }
            }
            Integer years = whole(node.get("years"), row, "years", 1, MAX_YEARS, 4);
            BigDecimal growth = growth(node.get("growth"), row, "growth");
            Map<Long, BigDecimal> perOffer = new LinkedHashMap<>();
            JsonNode offerGrowth = node.get("offer_growth");
            if (offerGrowth != null && !offerGrowth.isNull()) {
                if (!offerGrowth.isObject()) {
                    problem(row, "offer_growth", "expected an object of offer position → growth, e.g. {\"1\": 0.1}");
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = offerGrowth.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        Long position = positionKey(entry.getKey(), positions, row, "offer_growth");
                        BigDecimal rate = growth(entry.getValue(), row, "offer_growth." + entry.getKey());
                        if (position != null && rate != null) {
                            perOffer.put(position, rate);
                        }
                    }
                }
            }
            JsonNode leave = node.get("leave_month");
            Integer leaveMonth = leave == null || leave.isNull() ? null
                    : whole(leave, row, "leave_month", 1, MAX_LEAVE_MONTH, null);
            JsonNode referenceNode = node.get("reference_id");
            Long reference = referenceNode == null || referenceNode.isNull() ? null
                    : position(referenceNode, row, "reference_id", offerCount);
            if (reference != null && !positions.contains(reference)) {
                problem(row, "reference_id", "offer " + reference + " is not one of the compared offers");
            }
            DecisionMatrix matrix = matrix(node.get("factors"), row, positions);
            if (problems.size() == before) {
                comparisons.add(new SavedComparison(name, positions, years, growth, perOffer, leaveMonth, reference,
                        matrix));
            }
        }
        return comparisons;
    }

    private DecisionMatrix matrix(JsonNode list, String row, List<Long> positions) {
        if (list == null || list.isNull()) {
            return DecisionMatrix.defaults();
        }
        if (!list.isArray()) {
            problem(row, "factors", "expected a list of factors");
            return null;
        }
        List<DecisionMatrix.Factor> factors = new ArrayList<>();
        for (int f = 0; f < list.size(); f++) {
            String field = "factors[" + f + "]";
            JsonNode node = list.get(f);
            if (!node.isObject()) {
                problem(row, field, "expected a factor object { \"name\": …, \"weight\": …, \"scores\": { … } }");
                continue;
            }
            allowOnlyUnder(node, row, field, "name", "weight", "scores");
            String name = node.path("name").isTextual() && !node.path("name").asText().isBlank()
                    ? node.get("name").asText() : null;
            if (name == null) {
                problem(row, field + ".name", "expected the factor's name as text");
            }
            Integer weight = whole(node.get("weight"), row, field + ".weight", 0, DecisionMatrix.MAX, null);
            Map<String, Integer> scores = new LinkedHashMap<>();
            JsonNode scoreNode = node.get("scores");
            if (scoreNode != null && !scoreNode.isNull()) {
                if (!scoreNode.isObject()) {
                    problem(row, field + ".scores", "expected an object of offer position → score 1 to 5");
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = scoreNode.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        Long position = positionKey(entry.getKey(), positions, row, field + ".scores");
                        Integer score = whole(entry.getValue(), row, field + ".scores." + entry.getKey(),
                                DecisionMatrix.MIN, DecisionMatrix.MAX, null);
                        if (position != null && score != null) {
                            scores.put(Long.toString(position), score);
                        }
                    }
                }
            }
            if (name != null && weight != null) {
                factors.add(new DecisionMatrix.Factor(name, weight, scores));
            }
        }
        return new DecisionMatrix(factors);
    }

    private Long position(JsonNode node, String row, String field, int offerCount) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() >= offerCount) {
            problem(row, field, "expected the position of one of this client's offers, 0 to " + (offerCount - 1)
                    + ", found " + FieldChecks.shown(node));
            return null;
        }
        return node.longValue();
    }

    private Long positionKey(String key, List<Long> positions, String row, String field) {
        try {
            long position = Long.parseLong(key);
            if (positions.contains(position)) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, field + "." + key, "expected the position of one of the compared offers " + positions);
        return null;
    }

    private Integer whole(JsonNode node, String row, String field, int min, int max, Integer absent) {
        if (node == null || node.isNull()) {
            if (absent == null) {
                problem(row, field, "missing; expected a whole number from " + min + " to " + max);
            }
            return absent;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problem(row, field, "expected a whole number from " + min + " to " + max + ", found "
                    + FieldChecks.shown(node));
            return null;
        }
        return node.intValue();
    }

    private BigDecimal growth(JsonNode node, String row, String field) {
        if (node == null || node.isNull()) {
            return BigDecimal.ZERO;
        }
        if (!node.isNumber() || node.decimalValue().compareTo(SavedComparison.LOWEST_GROWTH) < 0
                || node.decimalValue().compareTo(SavedComparison.HIGHEST_GROWTH) > 0) {
            problem(row, field, "expected a yearly stock growth as a fraction from -0.95 to 3.00 (0.1 means +10 %),"
                    + " found " + FieldChecks.shown(node));
            return null;
        }
        return node.decimalValue();
    }

    private void allowOnly(JsonNode object, String row, String... keys) {
        allowOnlyUnder(object, row, "", keys);
    }

    private void allowOnlyUnder(JsonNode object, String row, String prefix, String... keys) {
        Set<String> allowed = Set.of(keys);
        object.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problem(row, prefix.isEmpty() ? name : prefix + "." + name, "unknown key; remove it or use one of "
                        + String.join(", ", keys));
            }
        });
    }

    private void problem(String row, String field, String reason) {
        problems.add(new ImportProblem(row, field, reason));
    }
}
