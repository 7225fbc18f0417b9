package com.counteroffer.store;

import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The negotiation workspace of each offer, kept as one {@code counteroffer.negotiation/1} document. */
public final class NegotiationRepository {

    static final String FORMAT = "counteroffer.negotiation/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Database database;
    private final Clock clock;

    public NegotiationRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<Optional<NegotiationWorkspace>> load(long clientId, long offerId) {
        return database.submit(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT document FROM negotiation WHERE client_id = ? AND offer_id = ?")) {
                select.setLong(1, clientId);
                select.setLong(2, offerId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(read(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public CompletableFuture<Void> save(long clientId, long offerId, NegotiationWorkspace workspace) {
        String document = write(workspace);
        String now = clock.instant().toString();
        return database.submit(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO negotiation(client_id, offer_id, document, updated_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(client_id, offer_id) DO UPDATE SET document = excluded.document, "
                            + "updated_at = excluded.updated_at")) {
                upsert.setLong(1, clientId);
                upsert.setLong(2, offerId);
                upsert.setString(3, document);
                upsert.setString(4, now);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    static String write(NegotiationWorkspace workspace) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("target_position", workspace.settings().targetPosition());
        root.put("anchor_margin", workspace.settings().anchorMargin());
        ArrayNode levers = root.putArray("levers");
        workspace.settings().levers().forEach(lever -> levers.add(lever.id()));
        if (workspace.walkAwayOverride() != null) {
            root.put("walk_away", workspace.walkAwayOverride());
        }
        if (workspace.talkingPoints() != null) {
            ArrayNode points = root.putArray("talking_points");
            workspace.talkingPoints().forEach(points::add);
        }
        root.put("my_name", workspace.myName());
        root.put("recruiter", workspace.recruiter());
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : workspace.checklist()) {
            ObjectNode node = checklist.addObject();
            node.put("text", item.text());
            node.put("due", item.due() == null ? null : item.due().toString());
            node.put("done", item.done());
        }
        return root.toString();
    }

    static NegotiationWorkspace read(String document) {
        try {
            JsonNode root = MAPPER.readTree(document);
            Set<Lever> levers = EnumSet.noneOf(Lever.class);
            root.path("levers").forEach(node -> {
                for (Lever lever : Lever.values()) {
                    if (lever.id().equals(node.asText())) {
                        levers.add(lever);
                    }
                }
            });
            List<String> points = null;
            if (root.has("talking_points")) {
                points = new ArrayList<>();
                for (JsonNode node : root.path("talking_points")) {
                    points.add(node.asText());
                }
            }
            List<ChecklistItem> checklist = new ArrayList<>();
            for (JsonNode node : root.path("checklist")) {
                String due = node.path("due").isTextual() ? node.path("due").asText() : null;
                checklist.add(new ChecklistItem(node.path("text").asText(), due == null ? null : LocalDate.parse(due),
                        node.path("done").asBoolean()));
            }
            PlanSettings settings = new PlanSettings(root.path("target_position").decimalValue(),
                    root.path("anchor_margin").decimalValue(), levers);
            BigDecimal walkAway = root.has("walk_away") ? root.path("walk_away").decimalValue() : null;
            return new NegotiationWorkspace(settings, walkAway, points, root.path("my_name").asText(),
                    root.path("recruiter").asText(), checklist);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged negotiation document: " + e.getOriginalMessage(), e);
        }
    }
}
