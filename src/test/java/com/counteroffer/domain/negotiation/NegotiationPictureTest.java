package com.counteroffer.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.negotiation.NegotiationPicture.Kind;
import com.counteroffer.domain.negotiation.NegotiationPicture.Marker;
import com.counteroffer.domain.negotiation.NegotiationPicture.PlacedLabel;
import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The picture of a negotiation, worked by hand: an offer worth $300,000 a year (annualised: $200,000
 * base + 10 % bonus $20,000 + a $320,000 grant over four years $80,000), a target of $330,000, an
 * opening of $345,000, a walk-away point of $310,000, and Northwind Cloud's offer worth $360,000
 * ($240,000 + $24,000 + $384,000 ÷ 4 = $96,000).
 */
class NegotiationPictureTest {

    private static final Offer OFFER = Fixtures.offer("Acme AI", Level.SENIOR, 200_000).bonusPercent(10)
            .rsu(320_000).build();
    private static final Projection PROJECTION = project(OFFER);
    private static final CompetingOffer NORTHWIND = Fixtures.competing(Fixtures.offer("Northwind Cloud",
            Level.SENIOR, 240_000).bonusPercent(10).rsu(384_000).build());
    /** A base-salary band: $180,000 to $260,000. */
    private static final LevelBand BASE_BAND = new LevelBand(Level.SENIOR, 180_000, 260_000, false, PayBasis.BASE,
            "test-source", FigureStatus.VERIFIED, "");

    @Test
    void theFixturesAreWorthWhatTheCommentSays() {
        assertThat(PROJECTION.tcAnnualized()).isEqualByComparingTo("300000");
        assertThat(NORTHWIND.projection().tcAnnualized()).isEqualByComparingTo("360000");
    }

    @Test
    void everyMarkerTheBandShiftedByTheOffersNonBasePayAndTheZone() {
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, BASE_BAND),
                List.of(NORTHWIND), OFFER, PROJECTION);

        assertThat(picture.markers()).containsExactly(
                new Marker(Kind.OFFER, "Offer", "the offer", 300_000),
                new Marker(Kind.WALK_AWAY, "Walk-away", "your walk-away point", 310_000),
                new Marker(Kind.TARGET, "Target", "your target", 330_000),
                new Marker(Kind.OPENING, "Opening", "your opening", 345_000),
                new Marker(Kind.COMPETING, "Northwind Cloud", "the Northwind Cloud offer", 360_000));
        // The band is base salary; the axis is annualised total: the offer's $100,000 of non-base pay
        // ($300,000 − $200,000 base) is added to both ends: $280,000 to $360,000.
        NegotiationPicture.Band band = picture.band();
        assertThat(band.shift()).isEqualTo(100_000);
        assertThat(band.from()).isEqualTo(280_000);
        assertThat(band.to()).isEqualTo(360_000);
        assertThat(band.basis()).isEqualTo(PayBasis.BASE);
        assertThat(band.label()).isEqualTo("Senior/Lead base salary range + this offer's bonus, equity and sign-on");
        assertThat(band.text()).contains("$280,000 to $360,000").contains("the base range $180,000 to $260,000")
                .contains("$100,000 a year added");
        // From the walk-away point up to the opening; the employer's side is not known.
        assertThat(picture.zone()).isEqualTo(new NegotiationPicture.Zone(310_000, 345_000, true));
        assertThat(picture.zoneText()).startsWith("Zone of agreement: $310,000 to $345,000, from your walk-away point "
                + "up to your opening.").contains("employer's own limit is unknown")
                .contains("at least the offer ($300,000)");
        // Values $280,000 to $360,000; room either side 8 % of the $80,000 span = $6,400, or 2 % of
        // $360,000 = $7,200, the larger: $272,800 to $367,200, a span of $94,400, ÷ 6 = $15,733 → steps
        // of $20,000: the axis runs $260,000 to $380,000.
        assertThat(picture.axisMin()).isEqualTo(260_000);
        assertThat(picture.axisMax()).isEqualTo(380_000);
        assertThat(picture.step()).isEqualTo(20_000);
        assertThat(picture.ticks()).containsExactly(260_000L, 280_000L, 300_000L, 320_000L, 340_000L, 360_000L,
                380_000L);
        assertThat(picture.fraction(320_000)).isEqualTo(0.5);
        assertThat(picture.description()).contains("lowest first: the offer $300,000; your walk-away point $310,000; "
                + "your target $330,000; your opening $345,000; the Northwind Cloud offer $360,000.")
                .contains(band.text()).contains(picture.zoneText());
    }

    @Test
    void aBaseBandTheDatasetReadsAsTotalCompensationIsDrawnAsATotalAndSaysSo() {
        LevelBand doubted = new LevelBand(Level.SENIOR, 220_000, 350_000, true, PayBasis.BASE, "seed",
                FigureStatus.VERIFIED, "", PayBasis.TOTAL_COMP);
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, doubted),
                List.of(), OFFER, PROJECTION);

        assertThat(picture.band().from()).isEqualTo(220_000);
        assertThat(picture.band().to()).isEqualTo(350_000);
        assertThat(picture.band().shift()).isZero();
        assertThat(picture.band().label()).isEqualTo("Senior/Lead range, read as total compensation");
        assertThat(picture.band().text()).contains("the source calls it base salary");
    }

    @Test
    void aTotalCompensationBandIsDrawnAsIs() {
        LevelBand total = new LevelBand(Level.PRINCIPAL, 290_000, 420_000, true, PayBasis.TOTAL_COMP, "test-source",
                FigureStatus.SECONDARY, "");
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, total),
                List.of(), OFFER, PROJECTION);

        assertThat(picture.band().from()).isEqualTo(290_000);
        assertThat(picture.band().to()).isEqualTo(420_000);
        assertThat(picture.band().shift()).isZero();
        assertThat(picture.band().openTop()).isTrue();
        assertThat(picture.band().label()).isEqualTo("Principal/Architect total compensation range");
        assertThat(picture.band().text()).contains("$290,000 to $420,000+");
        assertThat(picture.axisMax()).isGreaterThanOrEqualTo(420_000);
    }

    @Test
    void withoutACompetingOfferOrABandTheAxisFitsThePlanAlone() {
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, null),
                List.of(), OFFER, PROJECTION);

        assertThat(picture.markers()).extracting(Marker::kind)
                .containsExactly(Kind.OFFER, Kind.WALK_AWAY, Kind.TARGET, Kind.OPENING);
        assertThat(picture.band()).isNull();
        // $300,000 to $345,000: room max(8 % of $45,000 = $3,600, 2 % of $345,000 = $6,900) = $6,900, so
        // $293,100 to $351,900, ÷ 6 = $9,800 → steps of $10,000: $290,000 to $360,000.
        assertThat(picture.axisMin()).isEqualTo(290_000);
        assertThat(picture.axisMax()).isEqualTo(360_000);
        assertThat(picture.description()).doesNotContain("Northwind").doesNotContain("range");
    }

    @Test
    void withoutAWalkAwayPointTheZoneStartsAtTheOffer() {
        NegotiationPicture picture = NegotiationPicture.of(plan(null, 300_000, 330_000, 345_000, BASE_BAND),
                List.of(NORTHWIND), OFFER, PROJECTION);

        assertThat(picture.markers()).extracting(Marker::kind).doesNotContain(Kind.WALK_AWAY);
        assertThat(picture.zone()).isEqualTo(new NegotiationPicture.Zone(300_000, 345_000, false));
        assertThat(picture.zoneText()).startsWith("Zone of agreement: $300,000 to $345,000, from the offer (no "
                + "walk-away point is set) up to your opening.").contains("unknown");
    }

    @Test
    void anOpeningBelowTheWalkAwayPointLeavesNoZoneAndSaysWhy() {
        NegotiationPicture picture = NegotiationPicture.of(plan(360_000L, 300_000, 330_000, 345_000, BASE_BAND),
                List.of(NORTHWIND), OFFER, PROJECTION);

        assertThat(picture.zone()).isNull();
        assertThat(picture.zoneText()).isEqualTo("No zone of agreement to show: your opening ($345,000) does not reach "
                + "your walk-away point ($360,000), even if every opening ask were granted.");
    }

    @Test
    void theCurrentJobIsMarkedAsSuch() {
        CompetingOffer current = Fixtures.competing(Fixtures.offer("Oldco", Level.SENIOR, 190_000).current().build());
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, null),
                List.of(current, NORTHWIND), OFFER, PROJECTION);

        assertThat(picture.markers().get(0)).isEqualTo(new Marker(Kind.CURRENT_JOB, "Current job",
                "your current job at Oldco", 190_000));
        assertThat(picture.axisMin()).isLessThan(190_000);
    }

    @Test
    void labelsOfCloseValuesGoOnSeparateRowsAndNeverOverlap() {
        // Five markers within $4,000 of each other on a $260,000 to $380,000 axis 600 units long: each
        // label ("Walk-away" / "$310k", 9 + 1 characters at 8 units) is 80 units wide, the markers 5 apart.
        NegotiationPicture picture = NegotiationPicture.of(plan(301_000L, 300_000, 302_000, 303_000, BASE_BAND),
                List.of(Fixtures.competing(Fixtures.offer("Northwind Cloud", Level.SENIOR, 204_000).bonusPercent(10)
                        .rsu(320_000).build())), OFFER, PROJECTION);
        NegotiationPicture.Layout layout = picture.layout(600, 8);

        assertThat(layout.labels()).hasSize(5);
        assertThat(layout.labels()).extracting(PlacedLabel::row).doesNotHaveDuplicates();
        assertThat(layout.rows()).isEqualTo(5);
        assertNoOverlap(layout, 600);
        assertNoStemHidden(layout);
        // The highest marker's label is above the others: it is placed first from the right, row 0 ...
        // then each label to its left covers it and goes one row up.
        PlacedLabel rightmost = layout.labels().get(4);
        assertThat(rightmost.marker().kind()).isEqualTo(Kind.COMPETING);
        assertThat(rightmost.row()).isZero();
        assertThat(rightmost.text()).isEqualTo("Northwind Cloud\n$304.4k");
        assertThat(rightmost.width()).isEqualTo(16 * 8);
    }

    @Test
    void labelsFarApartShareTheFirstRowAndTheLastIsKeptOnTheAxis() {
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, BASE_BAND),
                List.of(NORTHWIND), OFFER, PROJECTION);
        // 1,200 units: $20,000 is 200 units; labels are at most 16 characters × 6 = 96 units.
        NegotiationPicture.Layout layout = picture.layout(1_200, 6);

        assertThat(layout.rows()).isEqualTo(1);
        PlacedLabel northwind = layout.labels().get(4);
        assertThat(northwind.x()).isEqualTo(1_000);
        assertThat(northwind.left()).isEqualTo(1_000);
        assertNoOverlap(layout, 1_200);
        // Squeezed to 300 units, the same labels need rows, and the last one moves back onto the axis.
        NegotiationPicture.Layout narrow = picture.layout(300, 6);
        assertThat(narrow.rows()).isGreaterThan(1);
        assertNoOverlap(narrow, 300);
        assertThat(narrow.labels().get(4).right()).isLessThanOrEqualTo(300);
        assertThat(narrow.labels().get(4).shifted()).isTrue();
    }

    @Test
    void fewerTicksOnANarrowAxisStillOnWholeSteps() {
        NegotiationPicture picture = NegotiationPicture.of(plan(310_000L, 300_000, 330_000, 345_000, BASE_BAND),
                List.of(NORTHWIND), OFFER, PROJECTION);

        assertThat(picture.ticks(7)).hasSize(7);
        // $20,000 gives 7, $25,000 gives 275k … 375k = 5, which fits 5.
        assertThat(picture.ticks(5)).containsExactly(275_000L, 300_000L, 325_000L, 350_000L, 375_000L);
        // $25,000 gives 5, too many for 3: $50,000 gives 300k and 350k.
        assertThat(picture.ticks(3)).containsExactly(300_000L, 350_000L);
    }

    @Property(tries = 300)
    void noTwoLabelsOnARowEverOverlap(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 50_000, max = 2_000_000) Long> values,
                                      @ForAll @DoubleRange(min = 200, max = 2_000) double width,
                                      @ForAll @DoubleRange(min = 4, max = 20) double charWidth) {
        List<CompetingOffer> others = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            others.add(Fixtures.competing(Offer.basic("Company number " + i, values.get(i))));
        }
        NegotiationPicture picture = NegotiationPicture.of(plan(values.get(0) + 1L, 300_000, 330_000, 345_000,
                BASE_BAND), others, OFFER, PROJECTION);
        NegotiationPicture.Layout layout = picture.layout(width, charWidth);

        assertNoOverlap(layout, width);
        assertNoStemHidden(layout);
        assertThat(layout.labels()).hasSize(values.size() + 4);
        assertThat(layout.rows()).isEqualTo(layout.labels().stream().mapToInt(PlacedLabel::row).max().orElse(-1) + 1);
    }

    /** Same row → apart; every label that fits on the axis stays on it. */
    private static void assertNoOverlap(NegotiationPicture.Layout layout, double width) {
        List<PlacedLabel> labels = layout.labels();
        for (int i = 0; i < labels.size(); i++) {
            PlacedLabel a = labels.get(i);
            if (a.width() <= width) {
                assertThat(a.left()).isGreaterThanOrEqualTo(0);
                assertThat(a.right()).isLessThanOrEqualTo(width + 1e-9);
            }
            for (int j = i + 1; j < labels.size(); j++) {
                PlacedLabel b = labels.get(j);
                if (a.row() == b.row()) {
                    assertThat(a.right() <= b.left() || b.right() <= a.left())
                            .as("%s and %s on row %d", a.text(), b.text(), a.row()).isTrue();
                }
            }
        }
    }

    /** A label that starts at its own marker never covers another marker's line below its own row. */
    private static void assertNoStemHidden(NegotiationPicture.Layout layout) {
        for (PlacedLabel cover : layout.labels()) {
            for (PlacedLabel other : layout.labels()) {
                if (cover != other && !cover.shifted() && !other.shifted()
                        && other.x() > cover.left() && other.x() < cover.right()) {
                    assertThat(cover.row()).as("%s covers %s's line", cover.text(), other.text())
                            .isGreaterThan(other.row());
                }
            }
        }
    }

    private static Projection project(Offer offer) {
        return CompensationEngine.project(offer, ProjectionSettings.defaults());
    }

    /** A plan with only what the picture reads; the one place a test builds a {@link CounterPlan}. */
    private static CounterPlan plan(Long walkAway, long offer, long target, long opening, LevelBand band) {
        return new CounterPlan(List.of(), walkAway == null ? null : BigDecimal.valueOf(walkAway), "", null, null,
                List.of(), List.of(), List.of(), new CounterPlan.Totals(BigDecimal.valueOf(offer),
                        BigDecimal.valueOf(target), BigDecimal.valueOf(opening)), band, List.of(), List.of());
    }
}
