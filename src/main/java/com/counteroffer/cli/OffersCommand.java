package com.counteroffer.cli;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.service.OfferService;
import com.counteroffer.service.RoundView;
import com.counteroffer.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counteroffer offers list|show|add|delete}: the saved offers from a terminal. */
@Command(name = "offers", mixinStandardHelpOptions = true,
        description = "List, show, add and delete saved offers (and the current job).",
        subcommands = {OffersCommand.ListOffers.class, OffersCommand.ShowOffer.class, OffersCommand.AddOffer.class,
            OffersCommand.DeleteOffer.class})
final class OffersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved offers.")
    static final class ListOffers implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        private boolean json;

        @Override
        public Integer call() {
            try (Services services = RootCommand.of(spec).openServices()) {
                OfferService offers = services.offers();
                long client = RootCommand.of(spec).client(services).id();
                List<StoredOffer> saved = offers.list(client);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (StoredOffer stored : saved) {
                        rows.add(summary(stored, offers.project(stored.offer())));
                    }
                    out.println(Json.write(Map.of("offers", rows)));
                } else if (saved.isEmpty()) {
                    out.println("No offers saved. Add one with: counteroffer offers add --file OFFER.json");
                } else {
                    out.printf("%4s  %-28s %-12s %12s %14s  %s%n", "ID", "COMPANY", "STATUS", "BASE", "ANNUALISED",
                            "DEADLINE");
                    for (StoredOffer stored : saved) {
                        Offer offer = stored.offer();
                        out.printf("%4d  %-28s %-12s %12s %14s  %s%n", stored.id(),
                                truncate(offer.company() + (offer.current() ? " (current)" : ""), 28),
                                offer.status().id(), Money.format(offer.base()),
                                Money.format(WholeDollars.of(offers.project(offer).tcAnnualized())),
                                Dates.format(offer.deadline()));
                    }
                }
                return UnreadableRowLines.of(services, client).finish(spec,
                        UnreadableRowLines.in(UnreadableRow.Table.OFFER), ExitCode.OK);
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one offer in full: its current terms (the employer's latest, or an ask they agreed "
                    + "to) and its negotiation rounds.")
    static final class ShowOffer implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The offer's id (see offers list).")
        private String id;
        @Option(names = "--json", description = "Print the offer as a counteroffer.offer/2 document with its id and rounds.")
        private boolean json;

        @Override
        public Integer call() throws Exception {
            long offerId = parseId(id);
            try (Services services = RootCommand.of(spec).openServices()) {
                long client = RootCommand.of(spec).client(services).id();
                OfferService offers = services.offers();
                StoredOffer stored = offers.get(client, offerId);
                List<RoundView> rounds = offers.rounds(client, offerId);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("id", stored.id());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = new ObjectMapper().readValue(offers.document(stored.offer()), Map.class);
                    document.putAll(fields);
                    document.put("rounds", rounds.stream().map(ShowOffer::round).toList());
                    out.println(Json.write(document));
                } else {
                    Offer offer = stored.offer();
                    Projection projection = offers.project(offer);
                    out.println(offer.company() + (offer.title().isEmpty() ? "" : " — " + offer.title())
                            + " (id " + stored.id() + ", " + offer.status().id() + ")");
                    out.println("Base " + Money.format(offer.base()) + "; year 1 "
                            + Money.format(WholeDollars.of(projection.tcYear1())) + "; annualised "
                            + Money.format(WholeDollars.of(projection.tcAnnualized())));
                    out.println("Rounds:");
                    for (RoundView round : rounds) {
                        out.println("  #" + round.round().number() + " " + Dates.format(round.round().date()) + "  "
                                + round.round().label() + " (" + round.kind() + ")  annualised "
                                + Money.format(round.annualised()) + (round.round().note().isEmpty() ? ""
                                        : "  — " + round.round().note()));
                        round.changes().forEach(change -> out.println("      " + change));
                    }
                    out.println(offers.document(offer));
                }
                // The offer itself was read (get refuses one that can't be); its rounds may not all be.
                return UnreadableRowLines.of(services, client).finish(spec,
                        UnreadableRowLines.belongingTo(UnreadableRow.Table.ROUND, offerId), ExitCode.OK);
            }
        }

        private static Map<String, Object> round(RoundView view) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", view.round().number());
            row.put("date", view.round().date().toString());
            row.put("proposed_by", view.round().proposedBy().id());
            row.put("agreed", view.round().agreed());
            row.put("sets_terms", view.round().setTerms());
            row.put("label", view.round().label());
            row.put("note", view.round().note());
            row.put("base", view.round().terms().base());
            row.put("tc_annualized", view.annualised());
            row.put("changes", view.changes());
            return row;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an offer from a counteroffer.offer/2 (or /1) file (see docs/offer-format.md).")
    static final class AddOffer implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--file", required = true, paramLabel = "F", description = "The offer file (JSON).")
        private Path file;
        @Option(names = "--json", description = "Print {\"id\": N}.")
        private boolean json;

        @Override
        public Integer call() {
            Offer offer = OfferService.readFile(file);
            try (Services services = RootCommand.of(spec).openServices()) {
                long client = RootCommand.of(spec).client(services).id();
                long id = services.offers().add(client, offer);
                PrintWriter out = spec.commandLine().getOut();
                out.println(json ? Json.write(Map.of("id", id)) : "Added " + offer.company() + " as offer " + id + ".");
                return UnreadableRowLines.of(services, client).finish(spec, UnreadableRowLines.NONE_NEEDED,
                        ExitCode.OK);
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an offer (kept 30 days, restorable from the app's Undo until then).")
    static final class DeleteOffer implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The offer's id (see offers list).")
        private String id;

        @Override
        public Integer call() {
            long offerId = parseId(id);
            try (Services services = RootCommand.of(spec).openServices()) {
                long client = RootCommand.of(spec).client(services).id();
                // An offer whose row can't be read can be deleted too (and brought back with Undo).
                services.offers().delete(client, offerId);
                spec.commandLine().getOut().println("Deleted offer " + offerId + ".");
                return UnreadableRowLines.of(services, client).finish(spec, UnreadableRowLines.NONE_NEEDED,
                        ExitCode.OK);
            }
        }
    }

    static long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // handled below with the same message
        }
        throw new BadInputException("\"" + text + "\" is not an offer id; ids are whole numbers, see: counteroffer offers list");
    }

    static Map<String, Object> summary(StoredOffer stored, Projection projection) {
        Offer offer = stored.offer();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", stored.id());
        row.put("company", offer.company());
        row.put("title", offer.title());
        row.put("status", offer.status().id());
        row.put("current", offer.current());
        row.put("base", offer.base());
        row.put("tc_year1", WholeDollars.of(projection.tcYear1()));
        row.put("tc_annualized", WholeDollars.of(projection.tcAnnualized()));
        row.put("deadline", offer.deadline() == null ? null : offer.deadline().toString());
        return row;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
