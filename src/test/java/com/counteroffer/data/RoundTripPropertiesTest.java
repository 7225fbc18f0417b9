package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any offer the forms or files would accept comes back from our own exports exactly: as CSV, as an
 * offer file and inside a whole-client export. Text is drawn from the awkward cases: spaces around
 * and inside, quotes, commas, cells a spreadsheet would run as formulas, letters outside Latin-1,
 * characters outside the Basic Multilingual Plane, and tabs and line breaks in notes.
 */
class RoundTripPropertiesTest {

    @Property(tries = 200)
    void anyValidOfferExportedAsCsvImportsBackEqual(@ForAll("validOffers") List<Offer> offers) {
        String csv = OfferCsv.write(List.of(new ClientBundle("Client", offers, List.of())), true);

        assertThat(read(csv).clients().get(0).offers()).as(csv).isEqualTo(offers);
    }

    @Property(tries = 200)
    void anyValidOfferWrittenAsAnOfferFileImportsBackEqual(@ForAll("validOffers") List<Offer> offers) {
        String json = OfferJson.write(offers.get(0));

        assertThat(read(json).clients().get(0).offers()).as(json).containsExactly(offers.get(0));
    }

    @Property(tries = 100)
    void anyValidOfferInAWholeClientExportImportsBackEqual(@ForAll("validOffers") List<Offer> offers) {
        String json = ExportJson.write(List.of(new ClientBundle("Client", offers, List.of())));

        assertThat(read(json).clients().get(0).offers()).as(json).isEqualTo(offers);
    }

    private static com.counteroffer.domain.exchange.ImportBatch read(String text) {
        return ImportReader.read(text.getBytes(StandardCharsets.UTF_8), "round-trip", ProgressListener.NONE, () -> false);
    }

    @Provide
    Arbitrary<List<Offer>> validOffers() {
        Arbitrary<Offer> offer = Combinators.combine(Arbitraries.longs(), names(false), names(true),
                names(false).injectNull(0.3), notes()).as((seed, company, title, location, notes) ->
                withTexts(OfferJsonTest.randomOffer(new Random(seed)), company, title, location, notes));
        return offer.list().ofMinSize(1).ofMaxSize(4)
                .filter(list -> list.stream().allMatch(each -> OfferValidator.problems(each).isEmpty()
                        && OfferValidator.textProblems(each).isEmpty()));
    }

    /** One-line text: anything but control characters and broken characters, up to the limit of 200. */
    private static Arbitrary<String> names(boolean mayBeEmpty) {
        Arbitrary<String> text = pieces(Arbitraries.of(" ", "  ", "\u00A0")).list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
        Arbitrary<String> any = Arbitraries.oneOf(text, text.map(start -> padded(start, 200)));
        return mayBeEmpty ? any : any.filter(name -> !name.isBlank());
    }

    /** Free text: the same, with tabs and line breaks of every system, up to the limit of 10,000. */
    private static Arbitrary<String> notes() {
        Arbitrary<String> text = pieces(Arbitraries.of(" ", "\t", "\n", "\r\n", "\r", "\n\n  ")).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(text, text.map(start -> padded(start, 10_000)));
    }

    /** {@code start} made exactly {@code length} characters long, ending in a space that must survive too. */
    private static String padded(String start, int length) {
        return start + "x".repeat(length - 1 - start.codePointCount(0, start.length())) + " ";
    }

    private static Arbitrary<String> pieces(Arbitrary<String> spacing) {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("é", "ß", "Zoë", "北風", "🚀", "𝄞", "\"", "\"\"", ",", "'", "'=", "=SUM(A1)", "+1", "-5",
                        "@x", "Ω", "\u202E", "\uFEFF", "e\u0301", "true", "null", "123", "1e5", "[0]", "{}"),
                spacing);
    }

    private static Offer withTexts(Offer offer, String company, String title, String location, String notes) {
        return new Offer(company, title, offer.level(), location, offer.startDate(), offer.deadline(), offer.status(),
                offer.remotePolicy(), notes, offer.current(), offer.base(), offer.yearlyRaisePercent(), offer.bonus(),
                offer.signOns(), offer.clawback(), offer.relocation(), offer.equity(), offer.refreshers(), offer.match(),
                offer.benefitsValue(), offer.ptoDays());
    }
}
