package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.report.ReportData;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.Services;
import com.counteroffer.store.Database;
import com.counteroffer.testing.BadRows;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.negotiate.NegotiateModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window with a saved row that can't be read: the readable offers show, with a notice naming the
 * row; the plan and the report say which offer they left out.
 */
class ClientSessionUnreadableRowsTest {

    @TempDir
    Path folder;

    /** The fixture's database with offers 1 (Northwind), 2 (Lattice AI) and 3 (Contoso); another tool spoiled 3. */
    private UiFixture openWithOffer3Spoiled() {
        Path file = folder.resolve("ui.db");
        try (Services services = new Services(Database.open(file), UiFixture.CLOCK, Services.builtInOnDemand())) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Offer.basic("Contoso Robotics", 180_000));
        }
        BadRows.execute(file, "UPDATE offer SET document = json_set(document, '$.base', -5) WHERE id = 3");
        return UiFixture.open(folder);
    }

    @Test
    void theReadableOffersShowWithANoticeNamingTheRowThatCannotBeRead() {
        try (UiFixture fixture = openWithOffer3Spoiled()) {
            ClientSession session = fixture.session();

            assertThat(session.offers()).extracting(StoredOffer::id).containsExactly(1L, 2L);
            assertThat(session.unreadableRows()).extracting(UnreadableRow::what).containsExactly("offer 3");
            assertThat(session.notice()).isEqualTo("1 offer could not be read (offer 3: base: expected a whole number "
                    + "of dollars, 0 or more, found -5). It is kept as it is; restore a backup or export what is "
                    + "readable.");
        }
    }

    @Test
    void theCounterPlanOnNegotiateSaysWhichOfferItLeftOut() {
        try (UiFixture fixture = openWithOffer3Spoiled()) {
            NegotiateModel negotiate = new NegotiateModel(fixture.ui());

            negotiate.openOffer(1);

            assertThat(negotiate.contextProperty().get().others()).hasSize(1);
            assertThat(negotiate.contextProperty().get().leftOut()).singleElement().satisfies(note ->
                    assertThat(note).startsWith("Offer 3 is left out: it could not be read (base:"));
        }
    }

    @Test
    void theReportSaysWhichOfferItLeftOut() {
        try (UiFixture fixture = openWithOffer3Spoiled()) {
            ReportData report = new ReportService(fixture.services()).data(1);

            assertThat(report.offers()).extracting(ReportData.OfferEntry::id).containsExactly(1L, 2L);
            assertThat(report.notes()).anySatisfy(note ->
                    assertThat(note).startsWith("Offer 3 is left out: it could not be read (base:"));
        }
    }

    @Test
    void theNoticeGoesOnceTheRowIsDealtWith() {
        try (UiFixture fixture = openWithOffer3Spoiled()) {
            fixture.services().offers().delete(1, 3);

            assertThat(fixture.session().unreadableRows()).isEmpty();
            assertThat(fixture.session().notice()).isEmpty();
            assertThat(fixture.session().offers()).extracting(StoredOffer::id).containsExactly(1L, 2L);
        }
    }
}
