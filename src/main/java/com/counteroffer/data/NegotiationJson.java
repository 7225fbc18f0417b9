package com.counteroffer.data;

import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.PostedRange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An offer's negotiation workspace as JSON: plan settings, walk-away, edited talking points, the
 * names the scripts use, and the checklist. The store keeps it as a {@code counteroffer.negotiation/1}
 * document ({@link #write}, {@link #read}); an export carries the same keys without the format
 * ({@link #tree}, {@link #fromTree}). One reader for both, so a key added here travels everywhere.
 */
public final class NegotiationJson {

    public static final String FORMAT = "counteroffer.negotiation/1";

    static final String[] KEYS = {"target_position", "anchor_margin", "levers", "usual_component_move",
        "usual_total_move", "package_view", "posted_range", "walk_away", "talking_points", "my_name", "recruiter",
        "checklist"};
    private static final String[] DOCUMENT_KEYS = {"format", "target_position", "anchor_margin", "levers",
        "usual_component_move", "usual_total_move", "package_view", "posted_range", "walk_away", "talking_points",
        "my_name", "recruiter", "checklist"};
    private static final String[] RANGE_KEYS = {"min", "max"};
    private static final String[] ITEM_KEYS = {"text", "due", "done"};
    private static final String DATE = "a date as \"yyyy-MM-dd\", such as \"2026-03-01\", or null";

    private NegotiationJson() {
    }

    // ---------------------------------------------------------------- writing

    /** The workspace's keys without the format, in a fixed order (levers in the order of {@link Lever}). */
    public static ObjectNode tree(NegotiationWorkspace workspace) {
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        PlanSettings settings = workspace.settings();
        root.put("target_position", settings.targetPosition());
        root.put("anchor_margin", settings.anchorMargin());
        ArrayNode levers = root.putArray("levers");
        for (Lever lever : Lever.values()) {
            if (settings.uses(lever)) {
                levers.add(lever.id());
            }
        }
        root.put("usual_component_move", settings.componentCeiling());
        root.put("usual_total_move", settings.totalCeiling());
        root.put("package_view", settings.packageView().id());
        if (workspace.postedRange() == null) {
            root.putNull("posted_range");
        } else {
            ObjectNode range = root.putObject("posted_range");
            range.put("min", workspace.postedRange().min());
            range.put("max", workspace.postedRange().max());
        }
        if (workspace.walkAwayOverride() == null) {
            root.putNull("walk_away");
        } else {
            root.put("walk_away", workspace.walkAwayOverride());
        }
        if (workspace.talkingPoints() == null) {
            root.putNull("talking_points"); // the generated points are shown
        } else {
            ArrayNode points = root.putArray("talking_points");
            workspace.talkingPoints().forEach(points::add);
        }
        root.put("my_name", workspace.myName());
        root.put("recruiter", workspace.recruiter());
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : workspace.checklist()) {
            ObjectNode node = checklist.addObject();
            node.put("text", item.text());
            if (item.due() == null) {
                node.putNull("due");
            } else {
                node.put("due", item.due().toString());
            }
            node.put("done", item.done());
        }
        return root;
    }

    /** The store's document: the format first, then {@link #tree}'s keys, on one line. */
    public static String write(NegotiationWorkspace workspace) {
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.setAll(tree(workspace));
        return root.toString();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a document {@link #write} wrote (also the first version's, which left out an unset
     * walk-away and unedited talking points).
     *
     * @throws IllegalStateException for a damaged document, with every problem
     */
    public static NegotiationWorkspace read(String document) {
        JsonNode root;
        try {
            root = StrictJson.MAPPER.readTree(document == null ? "" : document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged negotiation document: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalStateException("damaged negotiation document: not a " + FORMAT + " document");
        }
        FieldChecks checks = new FieldChecks();
        checks.knownKeys(root, "", DOCUMENT_KEYS);
        NegotiationWorkspace workspace = fields(root, "", checks);
        if (checks.count() > 0) {
            throw new IllegalStateException("damaged negotiation document: " + String.join("; ", checks.problems()));
        }
        return workspace;
    }

    /**
     * Reads the workspace object of an export; every problem goes to {@code checks} under
     * {@code path}. Keys left out take the defaults of a fresh plan (no checklist).
     *
     * @return the workspace, or null when anything in it is wrong
     */
    static NegotiationWorkspace fromTree(JsonNode node, String path, FieldChecks checks) {
        if (!node.isObject()) {
            checks.problem(path.isEmpty() ? "negotiation" : path, "expected a negotiation object { \"target_position\": …,"
                    + " \"checklist\": [ … ] } or null, found " + FieldChecks.shown(node));
            return null;
        }
        int before = checks.count();
        checks.knownKeys(node, path, KEYS);
        NegotiationWorkspace workspace = fields(node, path, checks);
        return checks.count() > before ? null : workspace;
    }

    private static NegotiationWorkspace fields(JsonNode node, String path, FieldChecks checks) {
        int before = checks.count();
        BigDecimal target = fraction(node, path, "target_position", PlanSettings.DEFAULT_TARGET_POSITION,
                "where in the band to aim, from 0 (bottom) to 1 (top)", checks);
        BigDecimal anchor = fraction(node, path, "anchor_margin", PlanSettings.DEFAULT_ANCHOR_MARGIN,
                "how far the opening ask sits above the target, from 0 to 1 (0.10 = 10 %)", checks);
        Set<Lever> levers = levers(node, path, checks);
        BigDecimal component = fraction(node, path, "usual_component_move", PlanSettings.DEFAULT_COMPONENT_CEILING,
                "the usual move on base or grant without evidence, above 0 up to 1 (0.15 = +15 %)", checks);
        BigDecimal total = fraction(node, path, "usual_total_move", PlanSettings.DEFAULT_TOTAL_CEILING,
                "the usual move on the total without evidence, above 0 up to 1 (0.25 = +25 %)", checks);
        PackageView view = packageView(node, path, checks);
        PostedRange posted = postedRange(node, path, checks);
        BigDecimal walkAway = null;
        JsonNode walkNode = node.get("walk_away");
        if (walkNode != null && !walkNode.isNull()) {
            if (!walkNode.isNumber() || walkNode.decimalValue().signum() < 0
                    || walkNode.decimalValue().compareTo(BigDecimal.valueOf(AmountParser.MAX_AMOUNT)) > 0) {
                checks.problem(FieldChecks.at(path, "walk_away"), "expected your walk-away point in dollars, 0 to "
                        + AmountParser.MAX_AMOUNT + ", or null, found " + FieldChecks.shown(walkNode));
            } else {
                walkAway = walkNode.decimalValue();
            }
        }
        List<String> points = null;
        JsonNode pointsNode = node.get("talking_points");
        if (pointsNode != null && !pointsNode.isNull()) {
            points = texts(pointsNode, FieldChecks.at(path, "talking_points"),
                    "a list of talking points as text, or null for the generated ones", checks);
        }
        String myName = text(node, path, "my_name", checks);
        String recruiter = text(node, path, "recruiter", checks);
        List<ChecklistItem> checklist = checklist(node, path, checks);
        if (checks.count() > before) {
            return null;
        }
        try {
            return new NegotiationWorkspace(new PlanSettings(target, anchor, levers, component, total, view), walkAway,
                    points, myName, recruiter, checklist, posted);
        } catch (IllegalArgumentException | NullPointerException e) {
            checks.problem(path.isEmpty() ? "negotiation" : path, e.getMessage());
            return null;
        }
    }

    private static BigDecimal fraction(JsonNode node, String path, String field, BigDecimal absent, String what,
                                       FieldChecks checks) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            checks.problem(FieldChecks.at(path, field), "expected " + what + ", found " + FieldChecks.shown(value));
            return null;
        }
        return value.decimalValue();
    }

    private static PackageView packageView(JsonNode node, String path, FieldChecks checks) {
        JsonNode value = node.get("package_view");
        if (value == null || value.isNull()) {
            return PackageView.FIRST_YEAR;
        }
        String all = Arrays.stream(PackageView.values()).map(PackageView::id).collect(Collectors.joining(", "));
        PackageView view = value.isTextual() ? PackageView.fromId(value.asText()).orElse(null) : null;
        if (view == null) {
            checks.problem(FieldChecks.at(path, "package_view"), "expected one of " + all + ", found "
                    + FieldChecks.shown(value));
        }
        return view;
    }

    /** {"min": …, "max": …} in whole dollars, or null. */
    private static PostedRange postedRange(JsonNode node, String path, FieldChecks checks) {
        JsonNode value = node.get("posted_range");
        if (value == null || value.isNull()) {
            return null;
        }
        String at = FieldChecks.at(path, "posted_range");
        String expected = "the job's posted base range as { \"min\": 240000, \"max\": 280000 } (whole dollars, min "
                + "above 0 and not above max) or null";
        if (!value.isObject()) {
            checks.problem(at, "expected " + expected + ", found " + FieldChecks.shown(value));
            return null;
        }
        checks.knownKeys(value, at, RANGE_KEYS);
        JsonNode min = value.get("min");
        JsonNode max = value.get("max");
        for (JsonNode bound : new JsonNode[] {min, max}) {
            if (bound == null || !bound.isIntegralNumber() || !bound.canConvertToLong() || bound.asLong() <= 0
                    || bound.asLong() > AmountParser.MAX_AMOUNT) {
                checks.problem(at, "expected " + expected + ", found " + FieldChecks.shown(value));
                return null;
            }
        }
        if (max.asLong() < min.asLong()) {
            checks.problem(FieldChecks.at(at, "max"), "must not be below min (" + min.asLong() + "), found "
                    + max.asLong() + "; swap or fix them");
            return null;
        }
        return new PostedRange(min.asLong(), max.asLong());
    }

    private static Set<Lever> levers(JsonNode node, String path, FieldChecks checks) {
        JsonNode list = node.get("levers");
        if (list == null || list.isNull()) {
            return EnumSet.allOf(Lever.class);
        }
        String all = Arrays.stream(Lever.values()).map(Lever::id).collect(Collectors.joining(", "));
        if (!list.isArray()) {
            checks.problem(FieldChecks.at(path, "levers"), "expected a list of levers (" + all + "), found "
                    + FieldChecks.shown(list));
            return null;
        }
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            Optional<Lever> lever = item.isTextual()
                    ? Arrays.stream(Lever.values()).filter(known -> known.id().equals(item.asText())).findFirst()
                    : Optional.empty();
            if (lever.isEmpty()) {
                checks.problem(FieldChecks.at(path, "levers") + "[" + i + "]", "expected one of " + all + ", found "
                        + FieldChecks.shown(item));
            } else if (!levers.add(lever.get())) {
                checks.problem(FieldChecks.at(path, "levers") + "[" + i + "]", "\"" + item.asText()
                        + "\" is listed twice");
            }
        }
        return levers;
    }

    private static List<ChecklistItem> checklist(JsonNode node, String path, FieldChecks checks) {
        JsonNode list = node.get("checklist");
        List<ChecklistItem> items = new ArrayList<>();
        if (list == null || list.isNull()) {
            return items;
        }
        String listPath = FieldChecks.at(path, "checklist");
        if (!list.isArray()) {
            checks.problem(listPath, "expected a list of { \"text\": …, \"due\": …, \"done\": … }, found "
                    + FieldChecks.shown(list));
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            String itemPath = listPath + "[" + i + "]";
            JsonNode item = checks.objectItem(list.get(i), itemPath);
            if (item == null) {
                continue;
            }
            int before = checks.count();
            checks.knownKeys(item, itemPath, ITEM_KEYS);
            JsonNode textNode = item.get("text");
            String text = null;
            if (textNode == null || textNode.isNull()) {
                checks.problem(FieldChecks.at(itemPath, "text"), "missing; add what is to be done as text");
            } else if (!textNode.isTextual()) {
                checks.problem(FieldChecks.at(itemPath, "text"), "expected text in quotes, found "
                        + FieldChecks.shown(textNode));
            } else {
                text = textNode.asText();
            }
            LocalDate due = null;
            JsonNode dueNode = item.get("due");
            if (dueNode != null && !dueNode.isNull()) {
                due = date(dueNode);
                if (due == null) {
                    checks.problem(FieldChecks.at(itemPath, "due"), "expected " + DATE + ", found "
                            + FieldChecks.shown(dueNode));
                }
            }
            boolean done = false;
            JsonNode doneNode = item.get("done");
            if (doneNode != null && !doneNode.isNull()) {
                if (!doneNode.isBoolean()) {
                    checks.problem(FieldChecks.at(itemPath, "done"), "expected true or false, found "
                            + FieldChecks.shown(doneNode));
                } else {
                    done = doneNode.booleanValue();
                }
            }
            if (checks.count() == before) {
                items.add(new ChecklistItem(text, due, done));
            }
        }
        return items;
    }

    /** Text that may be empty; missing or null is empty. */
    private static String text(JsonNode node, String path, String field, FieldChecks checks) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            checks.problem(FieldChecks.at(path, field), "expected text in quotes, found " + FieldChecks.shown(value));
            return null;
        }
        return value.asText();
    }

    /** A list of texts (each may be empty), or null with the problems noted. */
    static List<String> texts(JsonNode list, String path, String what, FieldChecks checks) {
        if (!list.isArray()) {
            checks.problem(path, "expected " + what + ", found " + FieldChecks.shown(list));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual()) {
                checks.problem(path + "[" + i + "]", "expected text in quotes, found " + FieldChecks.shown(item));
            } else {
                texts.add(item.asText());
            }
        }
        return texts.size() == list.size() ? texts : null;
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
