package com.counteroffer.data;

import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.ValuationBasis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A saved comparison as a {@code counteroffer.comparison/1} JSON document. */
public final class ComparisonJson {

    public static final String FORMAT = "counteroffer.comparison/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonJson() {
    }

    public static String write(SavedComparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.setAll(tree(comparison));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write comparison " + comparison.name(), e);
        }
    }

    /**
     * The comparison's keys without the format: {@code name}, {@code offer_ids}, {@code years},
     * {@code growth}, {@code offer_growth}, {@code leave_month}, {@code reference_id}, {@code factors},
     * and {@code valuation} when Compare values every offer on one basis (left out for each offer's own).
     */
    static ObjectNode tree(SavedComparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", comparison.name());
        ArrayNode ids = root.putArray("offer_ids");
        comparison.offerIds().forEach(ids::add);
        root.put("years", comparison.years());
        root.put("growth", comparison.growth());
        ObjectNode perOffer = root.putObject("offer_growth");
        comparison.offerGrowth().forEach((id, rate) -> perOffer.put(Long.toString(id), rate));
        if (comparison.leaveMonth() == null) {
            root.putNull("leave_month");
        } else {
            root.put("leave_month", comparison.leaveMonth());
        }
        if (comparison.referenceId() == null) {
            root.putNull("reference_id");
        } else {
            root.put("reference_id", comparison.referenceId());
        }
        ArrayNode factors = root.putArray("factors");
        for (DecisionMatrix.Factor factor : comparison.matrix().factors()) {
            ObjectNode node = factors.addObject();
            node.put("name", factor.name());
            node.put("weight", factor.weight());
            ObjectNode scores = node.putObject("scores");
            factor.scores().forEach(scores::put);
        }
        if (comparison.valuation() != null) {
            root.put("valuation", comparison.valuation().id());
        }
        return root;
    }

    /** Reads a document this class wrote; a damaged one is refused with the reason. */
    public static SavedComparison read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " document");
            }
            List<Long> ids = new ArrayList<>();
            root.path("offer_ids").forEach(node -> ids.add(node.asLong()));
            Map<Long, BigDecimal> perOffer = new LinkedHashMap<>();
            root.path("offer_growth").fields().forEachRemaining(entry ->
                    perOffer.put(Long.parseLong(entry.getKey()), entry.getValue().decimalValue()));
            List<DecisionMatrix.Factor> factors = new ArrayList<>();
            for (JsonNode node : root.path("factors")) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                node.path("scores").fields().forEachRemaining(entry -> scores.put(entry.getKey(), entry.getValue().asInt()));
                factors.add(new DecisionMatrix.Factor(node.path("name").asText(), node.path("weight").asInt(), scores));
            }
            JsonNode leave = root.path("leave_month");
            JsonNode reference = root.path("reference_id");
            JsonNode valuation = root.path("valuation");
            ValuationBasis basis = valuation.isTextual() ? ValuationBasis.fromId(valuation.asText()).orElseThrow(() ->
                    new IllegalArgumentException("valuation: expected 409a, preferred, exit or scenarios, not "
                            + valuation.asText())) : null;
            return new SavedComparison(root.path("name").asText(), ids, root.path("years").asInt(4),
                    root.path("growth").decimalValue(), perOffer, leave.isNumber() ? leave.asInt() : null,
                    reference.isNumber() ? reference.asLong() : null, new DecisionMatrix(factors), basis);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("damaged comparison document: " + e.getOriginalMessage(), e);
        }
    }
}
