package com.counteroffer.cli;

import com.counteroffer.domain.offer.NoSuchOfferException;

import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.StoredOffer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
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

    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NoSuchOfferException missing) {
                throw new BadInputException(missing.getMessage());
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved offers.")
    static final class ListOffers implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        private boolean json;

        @Override
        public Integer call() {
            try (Database database = RootCommand.of(spec).openDatabase()) {
                List<StoredOffer> offers = join(new OfferRepository(database, Clock.systemUTC()).list(RootCommand.of(spec).clientId(database)));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (StoredOffer stored : offers) {
                        rows.add(summary(stored));
                    }
                    out.println(Json.write(Map.of("offers", rows)));
                } else if (offers.isEmpty()) {
                    out.println("No offers saved. Add one with: counteroffer offers add --file OFFER.json");
                } else {
                    out.printf("%4s  %-28s %-12s %12s %14s  %s%n", "ID", "COMPANY", "STATUS", "BASE", "ANNUALISED", "DEADLINE");
                    for (StoredOffer stored : offers) {
                        Offer offer = stored.offer();
                        out.printf("%4d  %-28s %-12s %12s %14s  %s%n", stored.id(),
                                truncate(offer.company() + (offer.current() ? " (current)" : ""), 28),
                                offer.status().id(), Money.format(offer.base()),
                                Money.format(WholeDollars.of(project(offer).tcAnnualized())),
                                offer.deadline() == null ? "" : offer.deadline());
                    }
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one offer in full.")
    static final class ShowOffer implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The offer's id (see offers list).")
        private String id;
        @Option(names = "--json", description = "Print the offer as a counteroffer.offer/1 document with its id.")
        private boolean json;

        @Override
        public Integer call() throws Exception {
            long offerId = parseId(id);
            try (Database database = RootCommand.of(spec).openDatabase()) {
                StoredOffer stored = join(new OfferRepository(database, Clock.systemUTC())
                        .get(RootCommand.of(spec).clientId(database), offerId))
                        .orElseThrow(() -> new BadInputException(new NoSuchOfferException(offerId).getMessage()));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("id", stored.id());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = new ObjectMapper().readValue(OfferJson.write(stored.offer()), Map.class);
                    document.putAll(fields);
                    out.println(Json.write(document));
                } else {
                    Offer offer = stored.offer();
                    Projection projection = project(offer);
                    out.println(offer.company() + (offer.title().isEmpty() ? "" : " — " + offer.title())
                            + " (id " + stored.id() + ", " + offer.status().id() + ")");
                    out.println("Base " + Money.format(offer.base()) + "; year 1 " + Money.format(WholeDollars.of(projection.tcYear1()))
                            + "; annualised " + Money.format(WholeDollars.of(projection.tcAnnualized())));
                    out.println(OfferJson.write(offer));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an offer from a counteroffer.offer/1 file (see docs/offer-format.md).")
    static final class AddOffer implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--file", required = true, paramLabel = "F", description = "The offer file (JSON).")
        private Path file;
        @Option(names = "--json", description = "Print {\"id\": N}.")
        private boolean json;

        @Override
        public Integer call() {
            Offer offer = OfferFiles.read(file);
            try (Database database = RootCommand.of(spec).openDatabase()) {
                long id = join(new OfferRepository(database, Clock.systemUTC()).add(RootCommand.of(spec).clientId(database), offer));
                PrintWriter out = spec.commandLine().getOut();
                out.println(json ? Json.write(Map.of("id", id)) : "Added " + offer.company() + " as offer " + id + ".");
            }
            return ExitCode.OK;
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
            try (Database database = RootCommand.of(spec).openDatabase()) {
                join(new OfferRepository(database, Clock.systemUTC()).delete(RootCommand.of(spec).clientId(database), offerId));
                spec.commandLine().getOut().println("Deleted offer " + offerId + ".");
            }
            return ExitCode.OK;
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

    static Projection project(Offer offer) {
        return CompensationEngine.project(offer, ProjectionSettings.defaults());
    }

    static Map<String, Object> summary(StoredOffer stored) {
        Offer offer = stored.offer();
        Projection projection = project(offer);
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
