package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.ui.market.LabelPlacement.Span;
import com.counteroffer.ui.market.LabelPlacement.Stacked;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The band chart's labels never overlap each other or sit under a marker line. */
class LabelPlacementTest {

    private static final double GAP = 4;

    @Test
    void markerLabelsThatWouldOverlapGoOnTheNextLine() {
        // Three offers' bases within a few pixels of each other, one far away.
        List<Stacked> stacked = LabelPlacement.stack(List.of(300.0, 310.0, 320.0, 700.0),
                List.of(120.0, 120.0, 120.0, 120.0), 200, 1000, GAP);
        assertThat(stacked).extracting(Stacked::line).containsExactly(0, 1, 2, 0);
        assertThat(stacked.get(0).span()).isEqualTo(new Span(300, 420));
        assertThat(LabelPlacement.lines(stacked)).isEqualTo(3);
    }

    @Test
    void aLabelNearTheRightEdgeIsPulledInAndStillOverlapsNothing() {
        // The second label is pulled left to end at 1000, onto the first one's room: it takes a new line.
        List<Stacked> stacked = LabelPlacement.stack(List.of(850.0, 990.0), List.of(100.0, 100.0), 200, 1000, GAP);
        assertThat(stacked.get(1).span()).isEqualTo(new Span(900, 1000));
        assertThat(stacked.get(1).line()).isEqualTo(1);
    }

    @Test
    void randomMarkersNeverOverlapOnALine() {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            int count = 1 + random.nextInt(9);
            List<Double> anchors = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                anchors.add(200 + random.nextDouble() * 800);
                widths.add(40 + random.nextDouble() * 160);
            }
            List<Stacked> stacked = LabelPlacement.stack(anchors, widths, 200, 1000, GAP);
            for (int i = 0; i < count; i++) {
                assertThat(stacked.get(i).span().start()).isGreaterThanOrEqualTo(200);
                assertThat(stacked.get(i).span().end()).isLessThanOrEqualTo(1000.0001);
                for (int j = i + 1; j < count; j++) {
                    if (stacked.get(i).line() == stacked.get(j).line()) {
                        assertThat(stacked.get(i).span().overlaps(stacked.get(j).span(), GAP))
                                .as("round %d: %s and %s", round, stacked.get(i), stacked.get(j)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aBandLabelUnderAMarkerLineMovesPastIt() {
        // "$350k+" would start at 504 and run to 554; an offer's base line crosses it at 520.
        Span placed = LabelPlacement.clear(504, 50, List.of(520.0), List.of(), 200, 1000, GAP);
        assertThat(placed.start()).isGreaterThan(520 + GAP);
        assertThat(placed.covers(520, GAP)).isFalse();
    }

    @Test
    void atTheRightEdgeItMovesLeftInstead() {
        Span placed = LabelPlacement.clear(960, 50, List.of(980.0), List.of(), 200, 1000, GAP);
        assertThat(placed.end()).isLessThanOrEqualTo(1000);
        assertThat(placed.covers(980, GAP)).isFalse();
        assertThat(placed.end()).isLessThan(980 - GAP);
    }

    @Test
    void rowLabelsAvoidLinesAndEachOtherWhateverTheirPlaces() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Double> lines = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                lines.add(200 + random.nextDouble() * 800);
            }
            List<Span> taken = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                double width = 20 + random.nextDouble() * 60;
                Span span = LabelPlacement.clear(200 + random.nextDouble() * 700, width, lines, taken, 200, 1000, GAP);
                boolean roomLeft = span.start() >= 200 && span.end() <= 1000;
                if (roomLeft && lines.stream().noneMatch(line -> span.covers(line, GAP))
                        && taken.stream().noneMatch(other -> other.overlaps(span, GAP))) {
                    taken.add(span);
                    continue;
                }
                // Only when there is truly no room: 5 lines and 2 labels can't fill 800 px.
                throw new AssertionError("round " + round + ": " + span + " lines " + lines + " taken " + taken);
            }
        }
    }

    @Test
    void aLowerEndLabelMovesAwayFromItsBandFirst() {
        // "$220k" would end just left of its band at 585; offers' lines at 550, 560 and 572 cross it.
        Span placed = LabelPlacement.clear(540, 40, List.of(550.0, 560.0, 572.0), List.of(), 200, 1000, GAP, false);
        assertThat(placed.end()).isLessThan(550 - GAP);
        assertThat(placed.start()).isGreaterThanOrEqualTo(200);
    }
}
