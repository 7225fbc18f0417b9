package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * One date format on screen: with dates everywhere (an offer's start and deadline, a round, an
 * action item, a loaded dataset's day), no screen shows "2026-03-13" or "3/13/2026".
 */
class DatesOnScreenFxTest extends FxTestBase {

    /** ISO days and numeric month/day/year: the forms "Jan 11, 2027" replaces. */
    private static final Pattern OTHER_FORMS = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

    @Test
    void noScreenShowsADateInAnotherForm() throws Exception {
        Path db = folder.resolve("dates.db");
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster"), "seattle", null,
                    null, null, Set.of("kubernetes"), 190_000L, 20_000L, 40_000L, 120_000L, null));
            long offer = services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().recordRound(1, offer, 215_000L, null, null,
                    new com.counteroffer.service.RoundRequest(LocalDate.of(2026, 3, 11),
                            com.counteroffer.domain.offer.ProposedBy.EMPLOYER, "Their counter", "Came back with 215k",
                            true));
            services.actionItems().add(1, "Send the counter", LocalDate.of(2027, 1, 11));
            services.notes().add(1, "Call on 2027-01-11 went well");
            Path dataset = folder.resolve("coach.json");
            try (var in = Services.class.getResourceAsStream("/com/counteroffer/data/market-2026.json")) {
                Files.write(dataset, in.readAllBytes());
            }
            services.market().load(dataset);
        }
        running = RunningApp.start(db);
        robot.interact(() -> running.context().settings().coachModeProperty().set(true));
        running.settle();

        List<String> seen = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            var button = robot.lookup("#nav-" + screen.name().toLowerCase(java.util.Locale.ROOT)).tryQuery();
            if (button.isEmpty() || !button.get().isVisible()) {
                continue;
            }
            robot.clickOn(button.get());
            running.settle();
            collect(running.stage().getScene().getRoot(), screen.name(), seen);
        }
        // What the user typed themselves (a note's text) is theirs to write as they like.
        assertThat(seen).filteredOn(text -> OTHER_FORMS.matcher(text).find())
                .filteredOn(text -> !text.contains("Call on 2027-01-11 went well")).isEmpty();
        assertThat(seen).as("the dates are on screen at all").anyMatch(text -> text.contains("Jan 11, 2027"));
    }

    private static void collect(Node node, String screen, List<String> seen) {
        if (!node.isVisible()) {
            return;
        }
        String text = node instanceof Labeled labeled ? labeled.getText()
                : node instanceof Text shown ? shown.getText()
                : node instanceof TextInputControl input ? input.getText() : null;
        if (text != null && !text.isBlank()) {
            seen.add(screen + ": " + text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, seen);
            }
        }
    }
}
