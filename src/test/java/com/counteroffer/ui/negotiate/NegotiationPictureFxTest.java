package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.NegotiationPicture;
import com.counteroffer.domain.negotiation.NegotiationPicture.Kind;
import com.counteroffer.domain.negotiation.NegotiationPicture.Marker;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The picture of the negotiation on the plan: its markers, following the target slider, and privacy mode. */
class NegotiationPictureFxTest extends FxTestBase {

    /** A figure as the window writes one: $300,000, $300k, $1.25M. */
    private static final Pattern AMOUNT = Pattern.compile("\\$\\s?\\d");

    @Test
    void thePictureShowsThePlanFollowsTheSettingsAndHidesEveryAmountInPrivacyMode() throws Exception {
        Path db = folder.resolve("picture.db");
        long northwind;
        try (Services services = Services.open(db)) {
            services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster from scratch"),
                    "seattle", null, null, null, Set.of("kubernetes"), 190_000L, 20_000L, 40_000L, 120_000L, null));
            northwind = services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.currentJob());
        }
        // Privacy mode is a coach's (Ctrl+Shift+P).
        java.nio.file.Files.writeString(folder.resolve("settings.properties"), "coach.mode=true\n");
        running = RunningApp.start(db);
        robot.clickOn("#nav-negotiate");
        WaitForAsyncUtils.waitForFxEvents();
        NegotiateController negotiate = running.app().mainWindow().controller(Screen.NEGOTIATE, NegotiateController.class);
        robot.interact(() -> negotiate.openOffer(northwind));
        NegotiationPictureView view = robot.lookup(".negotiation-picture").queryAs(NegotiationPictureView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> negotiate.plan() != null && view.picture() != null);
        running.settle();

        NegotiationPicture picture = view.picture();
        assertThat(picture.markers()).extracting(Marker::kind).contains(Kind.OFFER, Kind.TARGET, Kind.OPENING,
                Kind.WALK_AWAY, Kind.COMPETING, Kind.CURRENT_JOB);
        assertThat(picture.markers()).extracting(Marker::label).contains("Lattice AI");
        assertThat(value(picture, Kind.OFFER)).isEqualTo(negotiate.plan().totals().offer().longValueExact());
        assertThat(value(picture, Kind.OPENING)).isEqualTo(negotiate.plan().totals().opening().longValueExact());
        // Drawn: one label per marker, with its figure, every one inside the picture and none on another.
        assertThat(view.isVisible()).isTrue();
        assertThat(view.markerLabels()).hasSameSizeAs(picture.markers());
        Label opening = label(view, picture, Kind.OPENING);
        assertThat(opening.getText()).isEqualTo("Opening\n" + Money.compact(value(picture, Kind.OPENING)));
        assertLaidOutWithoutOverlap(view);
        assertThat(view.getAccessibleText()).startsWith("The negotiation on one axis").contains("Lattice AI")
                .contains(Money.format(value(picture, Kind.OPENING)));
        assertThat(view.texts()).anyMatch(text -> text.startsWith("Zone of agreement") && text.contains("unknown"));
        assertThat(view.texts()).anyMatch(text -> text.contains("range, read as total compensation"));

        // The usual move changes (Northwind's asks rest on it): the plan, and the picture with it, change at once.
        @SuppressWarnings("unchecked")
        Spinner<Integer> usual = robot.lookup("#usualSpinner").queryAs(Spinner.class);
        long openingBefore = value(picture, Kind.OPENING);
        String labelBefore = opening.getText();
        int to = usual.getValue() > 10 ? 8 : 20;
        robot.interact(() -> usual.getValueFactory().setValue(to));
        WaitForAsyncUtils.waitForFxEvents();
        NegotiationPicture moved = view.picture();
        assertThat(moved).isNotSameAs(picture);
        assertThat(value(moved, Kind.OPENING)).isNotEqualTo(openingBefore)
                .isEqualTo(negotiate.plan().totals().opening().longValueExact());
        assertThat(label(view, moved, Kind.OPENING).getText()).isNotEqualTo(labelBefore)
                .isEqualTo("Opening\n" + Money.compact(value(moved, Kind.OPENING)));
        assertLaidOutWithoutOverlap(view);

        // Privacy mode: not one figure anywhere in the picture, labels, ticks, legend, tooltips or accessible text.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.app().mainWindow().privacy()).isTrue();
        List<String> shown = everyText(view);
        assertThat(shown).isNotEmpty().noneMatch(text -> AMOUNT.matcher(text).find());
        assertThat(shown).anyMatch(text -> text.contains(Privacy.HIDDEN_AMOUNT));
        assertThat(label(view, view.picture(), Kind.OPENING).getText()).isEqualTo("Opening\n" + Privacy.HIDDEN_AMOUNT);
        assertThat(shown).as("company names are not client names").anyMatch(text -> text.contains("Lattice AI"));
        assertLaidOutWithoutOverlap(view);

        // And back: the figures return.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(view, view.picture(), Kind.OPENING).getText())
                .isEqualTo("Opening\n" + Money.compact(value(view.picture(), Kind.OPENING)));
    }

    private static long value(NegotiationPicture picture, Kind kind) {
        return picture.markers().stream().filter(marker -> marker.kind() == kind).findFirst().orElseThrow().value();
    }

    private static Label label(NegotiationPictureView view, NegotiationPicture picture, Kind kind) {
        for (int i = 0; i < picture.markers().size(); i++) {
            if (picture.markers().get(i).kind() == kind) {
                return view.markerLabels().get(i);
            }
        }
        throw new AssertionError("no " + kind + " marker");
    }

    /** Every label is inside the picture (nothing cut off) and no two labels' boxes meet. */
    private void assertLaidOutWithoutOverlap(NegotiationPictureView view) throws Exception {
        robot.interact(view::layout);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = view.markerLabels();
        for (int i = 0; i < labels.size(); i++) {
            Bounds a = labels.get(i).getBoundsInParent();
            assertThat(a.getWidth()).as(labels.get(i).getText()).isGreaterThan(0);
            assertThat(a.getMinX()).as(labels.get(i).getText()).isGreaterThanOrEqualTo(-1);
            assertThat(a.getMaxX()).as(labels.get(i).getText()).isLessThanOrEqualTo(view.getWidth() + 0.5);
            assertThat(labels.get(i).getText()).as("not cut short").doesNotContain("…").doesNotContain("...");
            for (int j = i + 1; j < labels.size(); j++) {
                Bounds b = labels.get(j).getBoundsInParent();
                assertThat(a.intersects(b)).as("%s and %s", labels.get(i).getText(), labels.get(j).getText())
                        .isFalse();
            }
        }
        assertThat(view.getHeight()).isGreaterThanOrEqualTo(view.prefHeight(view.getWidth()) - 0.5);
    }

    /** The texts, tooltips and accessible text of the picture and every node in it. */
    private static List<String> everyText(NegotiationPictureView view) {
        List<String> texts = new ArrayList<>(view.texts());
        texts.add(view.getAccessibleText());
        for (Node node : view.getChildrenUnmodifiable()) {
            Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
            if (tip instanceof Tooltip tooltip) {
                texts.add(tooltip.getText());
            }
            if (node.getAccessibleText() != null) {
                texts.add(node.getAccessibleText());
            }
        }
        return texts;
    }
}
