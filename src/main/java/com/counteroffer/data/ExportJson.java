package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.OfferFormatException;
import com.counteroffer.domain.input.TextRules;

import com.counteroffer.domain.exchange.ClientBundle.Note;
import com.counteroffer.domain.exchange.ClientBundle.OfferEntry;
import com.counteroffer.domain.exchange.ClientBundle.Round;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.client.ClientName;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Profile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The {@code counteroffer.export/2} format: whole clients as one JSON file, to move them to another
 * machine. Per client: the name, the profile (with market assumptions and tax settings), the offers
 * (each its current terms, its negotiation rounds and its negotiation workspace), the saved
 * comparisons, the current compare scenario and the session notes. Offer terms are
 * {@code counteroffer.offer/2} objects, each naming its own version, so terms written as
 * {@code counteroffer.offer/1} still read and the export format itself keeps its version; comparisons and the scenario name their offers by position
 * in the client's {@code offers} list, from 0, instead of by database id.
 * Writing always writes version 2; reading also accepts {@code counteroffer.export/1} (name, offers
 * as bare offer objects, comparisons). See docs/import-export.md.
 */
public final class ExportJson {

    public static final String FORMAT = "counteroffer.export/2";
    /** The first version: offers and comparisons only. Still read. */
    public static final String FORMAT_1 = "counteroffer.export/1";
    /** The name a scenario read from a file carries (the store keeps the scenario under its own name). */
    public static final String SCENARIO_NAME = "current scenario";

    private static final String[] TOP_KEYS = {"format", "clients"};
    private static final String[] CLIENT_KEYS_1 = {"name", "offers", "comparisons"};
    private static final String[] CLIENT_KEYS = {"name", "profile", "offers", "comparisons", "scenario", "notes",
        "action_items"};
    private static final String[] OFFER_KEYS = {"terms", "rounds", "negotiation"};
    private static final String[] ROUND_KEYS = {"number", "date", "proposed_by", "label", "note", "agreed", "terms"};
    private static final String[] NOTE_KEYS = {"written_at", "text", "pinned", "edited_at"};
    private static final String[] ITEM_KEYS = {"text", "due", "done_at", "created_at"};
    private static final String[] COMPARISON_KEYS = {"name", "offer_ids", "years", "growth", "offer_growth",
        "leave_month", "reference_id", "factors", "valuation"};
    private static final String[] SCENARIO_KEYS = {"offer_ids", "years", "growth", "offer_growth", "leave_month",
        "reference_id", "factors", "valuation"};
    private static final String[] FACTOR_KEYS = {"name", "weight", "scores"};

    private static final int MAX_YEARS = 10;
    private static final int MAX_LEAVE_MONTH = 120;
    private static final int PROGRESS_EVERY = 250;

    private final ImportProblems problems = new ImportProblems();
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private int offersRead;
    private int offersTotal;

    private ExportJson(ProgressListener progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    // ---------------------------------------------------------------- writing

    /** The clients as a {@code counteroffer.export/2} file, ending with a newline. */
    public static String write(List<ClientBundle> clients) {
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("clients");
        for (ClientBundle client : clients) {
            ObjectNode node = list.addObject();
            node.put("name", client.name());
            if (client.profile() == null) {
                node.putNull("profile");
            } else {
                node.set("profile", ProfileJson.tree(client.profile()));
            }
            ArrayNode offers = node.putArray("offers");
            for (OfferEntry entry : client.entries()) {
                ObjectNode item = offers.addObject();
                item.set("terms", OfferJson.tree(entry.offer()));
                ArrayNode rounds = item.putArray("rounds");
                for (Round round : entry.rounds()) {
                    ObjectNode roundNode = rounds.addObject();
                    roundNode.put("number", round.number());
                    roundNode.put("date", round.date().toString());
                    roundNode.put("proposed_by", round.proposedBy().id());
                    roundNode.put("label", round.label());
                    roundNode.put("note", round.note());
                    roundNode.put("agreed", round.agreed());
                    roundNode.set("terms", OfferJson.tree(round.terms()));
                }
                if (entry.negotiation() == null) {
                    item.putNull("negotiation");
                } else {
                    item.set("negotiation", NegotiationJson.tree(entry.negotiation()));
                }
            }
            ArrayNode comparisons = node.putArray("comparisons");
            // The saved-comparison keys, with offer_ids and reference_id holding positions in "offers".
            client.comparisons().forEach(comparison -> comparisons.add(ComparisonJson.tree(comparison)));
            if (client.scenario() == null) {
                node.putNull("scenario");
            } else {
                ObjectNode scenario = ComparisonJson.tree(client.scenario());
                scenario.remove("name");
                node.set("scenario", scenario);
            }
            ArrayNode notes = node.putArray("notes");
            for (Note note : client.notes()) {
                ObjectNode noteNode = notes.addObject();
                noteNode.put("written_at", note.writtenAt().toString());
                noteNode.put("text", note.text());
                if (note.pinned()) {
                    noteNode.put("pinned", true);
                }
                if (note.editedAt() != null) {
                    noteNode.put("edited_at", note.editedAt().toString());
                }
            }
            ArrayNode items = node.putArray("action_items");
            for (ClientBundle.Item item : client.actionItems()) {
                ObjectNode itemNode = items.addObject();
                itemNode.put("text", item.text());
                if (item.due() == null) {
                    itemNode.putNull("due");
                } else {
                    itemNode.put("due", item.due().toString());
                }
                if (item.doneAt() == null) {
                    itemNode.putNull("done_at");
                } else {
                    itemNode.put("done_at", item.doneAt().toString());
                }
                itemNode.put("created_at", item.createdAt().toString());
            }
        }
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write export JSON", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a {@code counteroffer.export/2} or {@code /1} document already parsed as JSON.
     *
     * @throws ImportException listing every problem, each with where it is and the key
     */
    static List<ClientBundle> read(JsonNode root, String origin, ProgressListener progress, BooleanSupplier cancelled) {
        ExportJson reader = new ExportJson(progress, cancelled);
        boolean second = FORMAT.equals(root.path("format").asText());
        List<ClientBundle> clients;
        try {
            clients = reader.clients(root, second);
        } catch (ImportProblems.Full full) {
            throw reader.problems.stopped(origin, full);
        }
        if (!reader.problems.isEmpty()) {
            throw reader.problems.refusal(origin);
        }
        return clients;
    }

    private List<ClientBundle> clients(JsonNode root, boolean second) {
        knownKeys(root, "file", "", TOP_KEYS);
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
            knownKeys(client, where, "", second ? CLIENT_KEYS : CLIENT_KEYS_1);
            JsonNode nameNode = client.get("name");
            String name = null;
            if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
                problem(where, "name", "expected the client's name as text");
            } else if (ClientName.problem(nameNode.asText()) != null) {
                problem(where, "name", ClientName.problem(nameNode.asText()));
            } else if (!names.add(nameNode.asText().strip().toLowerCase(Locale.ROOT))) {
                problem(where, "name", "another client in this file has the same name; merge them or rename one");
            } else {
                name = nameNode.asText().strip();
            }
            Profile profile = second ? profile(client.get("profile"), where) : null;
            List<OfferEntry> offers = second ? entries(client.get("offers"), where) : offers(client.get("offers"), where);
            List<SavedComparison> comparisons = comparisons(client.get("comparisons"), where, offers.size());
            SavedComparison scenario = second ? scenario(client.get("scenario"), where, offers.size()) : null;
            List<Note> notes = second ? notes(client.get("notes"), where) : List.of();
            List<ClientBundle.Item> items = second ? items(client.get("action_items"), where) : List.of();
            if (problems.isEmpty()) {
                clients.add(new ClientBundle(name, profile, offers, comparisons, scenario, notes, items));
            }
        }
        return clients;
    }

    /** Version 1: bare offer objects. A wrong one stays in the list as null, keeping later positions right. */
    private List<OfferEntry> offers(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "offers", "expected a list [ ... ] of offers");
            return List.of();
        }
        List<OfferEntry> offers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Offer offer = offer(list.get(i), where + ".offers[" + i + "]", "");
            offers.add(offer == null ? null : OfferEntry.of(offer));
            counted();
        }
        return offers;
    }

    /** Version 2: each offer's terms, rounds and workspace. A wrong one stays in the list as null. */
    private List<OfferEntry> entries(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "offers", "expected a list [ ... ] of offers");
            return List.of();
        }
        List<OfferEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String row = where + ".offers[" + i + "]";
            JsonNode node = list.get(i);
            int before = problems.size();
            Offer offer = null;
            List<Round> rounds = List.of();
            NegotiationWorkspace negotiation = null;
            if (!node.isObject()) {
                problem(row, "", "expected an offer object { \"terms\": { … }, \"rounds\": [ … ], \"negotiation\": … },"
                        + " found " + FieldChecks.shown(node));
            } else {
                knownKeys(node, row, "", OFFER_KEYS);
                JsonNode terms = node.get("terms");
                if (terms == null || terms.isNull()) {
                    problem(row, "terms", "missing; add the offer's current terms, a counteroffer.offer/1 object");
                } else {
                    offer = offer(terms, row, "terms");
                }
                rounds = rounds(node.get("rounds"), row);
                negotiation = negotiation(node.get("negotiation"), row);
            }
            entries.add(problems.size() == before ? new OfferEntry(offer, rounds, negotiation) : null);
            counted();
        }
        return entries;
    }

    /** An offer object; its problems are reported under {@code row}, their keys prefixed with {@code prefix}. */
    private Offer offer(JsonNode node, String row, String prefix) {
        try {
            return OfferJson.fromTree(node, row);
        } catch (OfferFormatException e) {
            for (ImportProblem problem : ImportProblem.ofOffer(row, e)) {
                problems.add(new ImportProblem(row, prefix.isEmpty() ? problem.field()
                        : problem.field().isEmpty() ? prefix : prefix + "." + problem.field(), problem.reason()));
            }
            return null;
        }
    }

    private void counted() {
        if (++offersRead % PROGRESS_EVERY == 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The import was cancelled; nothing was imported.");
            }
            progress.progress((double) offersRead / Math.max(1, offersTotal),
                    "Checking offer " + offersRead + " of " + offersTotal);
        }
    }

    private List<Round> rounds(JsonNode list, String row) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(row, "rounds", "expected a list [ ... ] of negotiation rounds, or leave it out");
            return List.of();
        }
        List<Round> rounds = new ArrayList<>();
        int last = 0;
        String proposers = Arrays.stream(ProposedBy.values()).map(ProposedBy::id).collect(Collectors.joining(" or "));
        for (int j = 0; j < list.size(); j++) {
            String field = "rounds[" + j + "]";
            JsonNode node = list.get(j);
            if (!node.isObject()) {
                problem(row, field, "expected a round object { \"number\": 1, \"date\": …, \"proposed_by\": …, "
                        + "\"terms\": { … } }, found " + FieldChecks.shown(node));
                continue;
            }
            int before = problems.size();
            knownKeys(node, row, field, ROUND_KEYS);
            JsonNode numberNode = node.get("number");
            Integer number = null;
            if (numberNode == null || numberNode.isNull()) {
                problem(row, field + ".number", "missing; add the round's number (1 is the initial offer)");
            } else if (!numberNode.isIntegralNumber() || !numberNode.canConvertToInt() || numberNode.intValue() <= last) {
                problem(row, field + ".number", "expected a whole number above " + last
                        + " (rounds are listed in order, from 1), found " + FieldChecks.shown(numberNode));
            } else {
                number = numberNode.intValue();
                last = number;
            }
            LocalDate date = null;
            JsonNode dateNode = node.get("date");
            if (dateNode == null || dateNode.isNull()) {
                problem(row, field + ".date", "missing; add the round's date as \"yyyy-MM-dd\"");
            } else {
                date = date(dateNode);
                if (date == null) {
                    problem(row, field + ".date", "expected a date as \"yyyy-MM-dd\", such as \"2026-03-01\", found "
                            + FieldChecks.shown(dateNode));
                }
            }
            JsonNode byNode = node.get("proposed_by");
            ProposedBy proposedBy = byNode != null && byNode.isTextual() ? Arrays.stream(ProposedBy.values())
                    .filter(value -> value.id().equals(byNode.asText())).findFirst().orElse(null) : null;
            if (proposedBy == null) {
                problem(row, field + ".proposed_by", (byNode == null || byNode.isNull() ? "missing; add " + proposers
                        : "expected " + proposers + ", found " + FieldChecks.shown(byNode))
                        + " (who put these terms on the table)");
            }
            String label = text(node, row, field + ".label", "label");
            String note = text(node, row, field + ".note", "note");
            textRules(row, field + ".label", label, TextRules.Kind.NAME);
            textRules(row, field + ".note", note, TextRules.Kind.NOTE);
            boolean agreed = false;
            JsonNode agreedNode = node.get("agreed");
            if (agreedNode != null && !agreedNode.isNull()) {
                if (!agreedNode.isBoolean()) {
                    problem(row, field + ".agreed", "expected true or false, found " + FieldChecks.shown(agreedNode));
                } else {
                    agreed = agreedNode.booleanValue();
                }
            }
            JsonNode termsNode = node.get("terms");
            Offer terms = null;
            if (termsNode == null || termsNode.isNull()) {
                problem(row, field + ".terms", "missing; add the round's terms, a counteroffer.offer/1 object");
            } else {
                terms = offer(termsNode, row, field + ".terms");
            }
            if (problems.size() == before) {
                rounds.add(new Round(number, date, proposedBy, label, note, agreed, terms));
            }
        }
        return rounds;
    }

    private NegotiationWorkspace negotiation(JsonNode node, String row) {
        if (node == null || node.isNull()) {
            return null;
        }
        FieldChecks checks = new FieldChecks();
        NegotiationWorkspace workspace = NegotiationJson.fromTree(node, "negotiation", checks);
        if (workspace != null) {
            workspace.textProblems().forEach(problem -> checks.add("negotiation." + problem));
        }
        problems.addAll(ImportProblem.ofPaths(row, checks.problems()));
        return workspace;
    }

    private Profile profile(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        FieldChecks checks = new FieldChecks();
        Profile profile = ProfileJson.fromTree(node, "profile", checks);
        if (profile != null) {
            TextRules.listProblems("profile.projects", profile.projects(), TextRules.Kind.NAME).forEach(checks::add);
        }
        problems.addAll(ImportProblem.ofPaths(where, checks.problems()));
        return profile;
    }

    private List<Note> notes(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "notes", "expected a list [ ... ] of session notes");
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            String row = where + ".notes[" + k + "]";
            JsonNode node = list.get(k);
            if (!node.isObject()) {
                problem(row, "", "expected a note object { \"written_at\": \"2026-03-01T10:15:00Z\", \"text\": … }, "
                        + "found " + FieldChecks.shown(node));
                continue;
            }
            int before = problems.size();
            knownKeys(node, row, "", NOTE_KEYS);
            JsonNode at = node.get("written_at");
            Instant writtenAt = null;
            if (at == null || at.isNull()) {
                problem(row, "written_at", "missing; add when the note was written, such as \"2026-03-01T10:15:00Z\"");
            } else {
                writtenAt = instant(at);
                if (writtenAt == null) {
                    problem(row, "written_at", "expected a time in UTC such as \"2026-03-01T10:15:00Z\", found "
                            + FieldChecks.shown(at));
                }
            }
            JsonNode textNode = node.get("text");
            if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
                problem(row, "text", "expected the note's text, not empty");
            } else {
                textRules(row, "text", textNode.asText(), TextRules.Kind.NOTE);
            }
            JsonNode pinnedNode = node.get("pinned");
            if (pinnedNode != null && !pinnedNode.isNull() && !pinnedNode.isBoolean()) {
                problem(row, "pinned", "expected true or false, found " + FieldChecks.shown(pinnedNode));
            }
            JsonNode editedNode = node.get("edited_at");
            Instant editedAt = editedNode == null || editedNode.isNull() ? null : instant(editedNode);
            if (editedNode != null && !editedNode.isNull() && editedAt == null) {
                problem(row, "edited_at", "expected a time in UTC such as \"2026-03-01T10:15:00Z\", or null");
            }
            if (problems.size() == before) {
                notes.add(new Note(writtenAt, textNode.asText(), pinnedNode != null && pinnedNode.asBoolean(false),
                        editedAt));
            }
        }
        return notes;
    }

    private List<ClientBundle.Item> items(JsonNode list, String where) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problem(where, "action_items", "expected a list [ ... ] of action items");
            return List.of();
        }
        List<ClientBundle.Item> items = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            String row = where + ".action_items[" + k + "]";
            JsonNode node = list.get(k);
            if (!node.isObject()) {
                problem(row, "", "expected an action item { \"text\": …, \"due\": \"2026-03-08\", \"done_at\": null, "
                        + "\"created_at\": \"2026-03-01T10:15:00Z\" }, found " + FieldChecks.shown(node));
                continue;
            }
            int before = problems.size();
            knownKeys(node, row, "", ITEM_KEYS);
            JsonNode textNode = node.get("text");
            if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
                problem(row, "text", "expected what the client is to do, not empty");
            } else {
                textRules(row, "text", textNode.asText(), TextRules.Kind.LINE);
            }
            JsonNode dueNode = node.get("due");
            java.time.LocalDate due = null;
            if (dueNode != null && !dueNode.isNull()) {
                try {
                    due = java.time.LocalDate.parse(dueNode.asText());
                } catch (java.time.format.DateTimeParseException e) {
                    problem(row, "due", "expected a date such as \"2026-03-08\" or null, found " + FieldChecks.shown(dueNode));
                }
            }
            JsonNode doneNode = node.get("done_at");
            Instant doneAt = doneNode == null || doneNode.isNull() ? null : instant(doneNode);
            if (doneNode != null && !doneNode.isNull() && doneAt == null) {
                problem(row, "done_at", "expected when it was done, in UTC such as \"2026-03-05T10:15:00Z\", or null "
                        + "while open");
            }
            JsonNode at = node.get("created_at");
            Instant createdAt = at == null || at.isNull() ? null : instant(at);
            if (createdAt == null) {
                problem(row, "created_at", "expected when the item was written, in UTC such as \"2026-03-01T10:15:00Z\"");
            }
            if (problems.size() == before) {
                items.add(new ClientBundle.Item(textNode.asText().strip(), due, doneAt, createdAt));
            }
        }
        return items;
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
                problem(row, "", "expected a comparison object { \"name\": …, \"offer_ids\": [ … ] }");
                continue;
            }
            int before = problems.size();
            String name = node.path("name").isTextual() && !node.path("name").asText().isBlank()
                    ? node.get("name").asText() : null;
            if (name == null) {
                problem(row, "name", "expected the comparison's name as text");
            } else if (TextRules.problem(name, TextRules.Kind.NAME) != null) {
                problem(row, "name", TextRules.problem(name, TextRules.Kind.NAME));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problem(row, "name", "another comparison of this client has the same name; rename one");
            }
            SavedComparison comparison = comparison(node, row, offerCount, false);
            if (problems.size() == before) {
                comparisons.add(comparison.named(name));
            }
        }
        return comparisons;
    }

    private SavedComparison scenario(JsonNode node, String where, int offerCount) {
        if (node == null || node.isNull()) {
            return null;
        }
        String row = where + ".scenario";
        if (!node.isObject()) {
            problem(row, "", "expected a scenario object { \"offer_ids\": [ … ], \"years\": … } or null, found "
                    + FieldChecks.shown(node));
            return null;
        }
        int before = problems.size();
        SavedComparison scenario = comparison(node, row, offerCount, true);
        return problems.size() == before ? scenario : null;
    }

    /**
     * The keys a saved comparison and the scenario share. A scenario has no name (it is the
     * client's one current scenario) and may compare no offers yet.
     */
    private SavedComparison comparison(JsonNode node, String row, int offerCount, boolean scenario) {
        int before = problems.size();
        knownKeys(node, row, "", scenario ? SCENARIO_KEYS : COMPARISON_KEYS);
        List<Long> positions = new ArrayList<>();
        JsonNode offers = node.get("offer_ids");
        if (scenario && (offers == null || offers.isNull())) {
            offers = StrictJson.MAPPER.createArrayNode();
        }
        if (offers == null || !offers.isArray() || offers.isEmpty() && !scenario) {
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
        // Optional: older exports have no valuation, which means each offer's own choice.
        JsonNode valuationNode = node.get("valuation");
        ValuationBasis valuation = null;
        if (valuationNode != null && !valuationNode.isNull()) {
            valuation = valuationNode.isTextual() ? ValuationBasis.fromId(valuationNode.asText()).orElse(null) : null;
            if (valuation == null) {
                problem(row, "valuation", "expected 409a, preferred, exit or scenarios (or leave it out for each"
                        + " offer's own valuation), not " + valuationNode);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new SavedComparison(SCENARIO_NAME, positions, years, growth, perOffer, leaveMonth, reference, matrix,
                valuation);
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
            knownKeys(node, row, field, FACTOR_KEYS);
            String name = node.path("name").isTextual() && !node.path("name").asText().isBlank()
                    ? node.get("name").asText() : null;
            if (name == null) {
                problem(row, field + ".name", "expected the factor's name as text");
            } else {
                textRules(row, field + ".name", name, TextRules.Kind.NAME);
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

    /** Text that may be empty; missing or null is empty. */
    private String text(JsonNode node, String row, String field, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problem(row, field, "expected text in quotes, found " + FieldChecks.shown(value));
            return null;
        }
        return value.asText();
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

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Flags keys the format does not define, naming the key a typo was probably meant to be. */
    private void knownKeys(JsonNode object, String row, String prefix, String... keys) {
        Set<String> allowed = Set.of(keys);
        object.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problem(row, prefix.isEmpty() ? name : prefix + "." + name, OfferJson.unknownKey(name, keys));
            }
        });
    }

    private void problem(String row, String field, String reason) {
        problems.add(new ImportProblem(row, field, reason));
    }

    /** Holds text read from the file (null: not usable, already reported) to the rules for its kind. */
    private void textRules(String row, String field, String text, TextRules.Kind kind) {
        String problem = TextRules.problem(text, kind);
        if (problem != null) {
            problem(row, field, problem);
        }
    }
}
