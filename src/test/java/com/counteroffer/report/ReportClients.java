package com.counteroffer.report;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.service.CompareService;
import com.counteroffer.service.RoundRequest;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Clients a coach would bring to a session, set up through the services: a profile with the AI-skill
 * premium, offers with a raise on one, relocation, RSUs, negotiation rounds, notes and a saved scenario.
 */
final class ReportClients {

    record Seeded(long clientId, long bigTech, long startup, long current) {
    }

    private ReportClients() {
    }

    /** Priya: senior in Seattle, three offers (one with a 4 % raise and $15,000 relocation), two rounds. */
    static Seeded priya(Services services, String name) {
        long client = services.clients().add(name).id();
        services.profiles().save(client, new Profile(Level.SENIOR, 8,
                List.of("Built the GPU scheduler for a 2,000-GPU training cluster; cut idle GPU hours by 40 %",
                        "Led the migration of inference serving to Kubernetes with autoscaling on queue depth"),
                "seattle", UsState.WA, Education.MS, "big_tech", Set.of("kubernetes", "gpu_orchestration"),
                245_000L, 30_000L, 60_000L, 90_000L,
                new MarketAssumptions(null, null, null, Set.of("ai_skills")), null));
        Offer northwind = Samples.bigTech();
        Offer raised = new Offer(northwind.company(), northwind.title(), northwind.level(), northwind.location(),
                northwind.startDate(), LocalDate.of(2026, 12, 9), OfferStatus.NEGOTIATING, northwind.remotePolicy(),
                northwind.notes(), false, 210_000, new BigDecimal("4"), northwind.bonus(), northwind.signOns(),
                northwind.clawback(), 15_000, northwind.equity(), northwind.refreshers(), northwind.match(),
                northwind.benefitsValue(), northwind.ptoDays());
        long bigTech = services.offers().add(client, raised);
        long startup = services.offers().add(client, Samples.startup());
        long current = services.offers().add(client, Samples.currentJob());
        services.offers().recordRound(client, bigTech, 235_000L, 60_000L, null,
                new RoundRequest(LocalDate.of(2026, 11, 20), ProposedBy.CANDIDATE, "Counter", "Asked for base and sign-on",
                        false));
        services.offers().recordRound(client, bigTech, 225_000L, null, null,
                new RoundRequest(LocalDate.of(2026, 11, 27), ProposedBy.EMPLOYER, "Revised", "Recruiter met base halfway",
                        false));
        services.notes().add(client, "Priya wants the Seattle role; partner prefers hybrid.");
        services.compare().saveScenario(client, CompareService.defaultScenario(services.offers().list(client))
                .withGrowth(new BigDecimal("0.10")).withYears(4));
        return new Seeded(client, bigTech, startup, current);
    }

    /** Marcus: mid level, two offers and his current job, no premium, no rounds, a 3-year pessimistic scenario. */
    static Seeded marcus(Services services, String name) {
        long client = services.clients().add(name).id();
        services.profiles().save(client, new Profile(Level.MID, 4, List.of("On-call lead for the training platform"),
                "sf", UsState.CA, Education.BS, "ai_startup", Set.of(), 175_000L, 15_000L, 25_000L, 40_000L,
                MarketAssumptions.NONE, null));
        long bigTech = services.offers().add(client, Samples.bigTech());
        long startup = services.offers().add(client, Samples.startup());
        long current = services.offers().add(client, Samples.currentJob());
        SavedComparison scenario = CompareService.defaultScenario(services.offers().list(client))
                .withGrowth(new BigDecimal("-0.05")).withYears(3);
        services.compare().saveScenario(client, scenario);
        return new Seeded(client, bigTech, startup, current);
    }
}
