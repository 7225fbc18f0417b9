package com.counteroffer.service;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.CounterPlanner;
import com.counteroffer.domain.negotiation.NegotiationInput;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.RenderedScript;
import com.counteroffer.domain.negotiation.ScriptRenderer;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.NegotiationRepository;
import com.counteroffer.store.RowsRead;
import com.counteroffer.data.InputFiles;
import com.counteroffer.domain.input.UnreadableFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counter plans: one computation for the Negotiate screen, the {@code negotiate} command and the
 * report, from the saved offers, the client's market standing and the workspace saved for the
 * offer (plan settings, walk-away, edited talking points, names, checklist).
 */
public final class NegotiationService {

    private final NegotiationRepository workspaces;
    private final OfferService offers;
    private final ProfileService profiles;
    private final MarketService market;
    private final ClientService clients;
    private final Path templateFolder;
    private final Clock clock;
    private final OutputFiles outputs;
    private final DataChanges changes;

    /**
     * @param clients whose names sign a script when the user typed none
     * @param templateFolder where a coach's own script templates live; they win over the built-in ones
     */
    public NegotiationService(NegotiationRepository workspaces, OfferService offers, ProfileService profiles,
                              MarketService market, ClientService clients, Path templateFolder, Clock clock,
                              OutputFiles outputs, DataChanges changes) {
        this.workspaces = workspaces;
        this.offers = offers;
        this.profiles = profiles;
        this.market = market;
        this.clients = clients;
        this.templateFolder = templateFolder;
        this.clock = clock;
        this.outputs = outputs;
        this.changes = changes;
    }

    /**
     * Reads what a plan for the offer is made from.
     *
     * @throws com.counteroffer.domain.offer.NoSuchOfferException when the client has no such offer
     * @throws InvalidInputException when the offer can't be projected until it is fixed
     */
    public NegotiationContext context(long clientId, long offerId) {
        RowsRead<StoredOffer> read = offers.read(clientId);
        List<StoredOffer> all = read.rows();
        // An offer whose row can't be read is refused by get, naming the row.
        StoredOffer chosen = all.stream().filter(stored -> stored.id() == offerId).findFirst()
                .orElseGet(() -> offers.get(clientId, offerId));
        List<String> problems = offers.problems(chosen.offer());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("offer " + offerId + " (" + chosen.offer().company()
                    + ") can't be planned until it is fixed:\n  " + String.join("\n  ", problems));
        }
        Profile profile = profiles.load(clientId).orElse(null);
        return leavingOut(context(clientId, chosen, all, profile,
                MarketService.standing(profile, market.active().dataset())), read.unreadable());
    }

    /**
     * The context, naming in its notes each offer it had to do without because the offer's saved row
     * can't be read (the window passes those its session holds).
     */
    public NegotiationContext leavingOut(NegotiationContext context, List<UnreadableRow> unreadable) {
        return context.leavingOut(unreadable.stream().filter(row -> row.table() == UnreadableRow.Table.OFFER)
                .map(UnreadableRowService::leftOut).toList());
    }

    /** The same from data already read (a screen that holds the client's offers and standing). */
    public NegotiationContext context(long clientId, StoredOffer chosen, List<StoredOffer> all, Profile profile,
                                      MarketStanding standing) {
        List<CompetingOffer> others = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (StoredOffer stored : all) {
            if (stored.id() == chosen.id()) {
                continue;
            }
            if (!offers.problems(stored.offer()).isEmpty()) {
                leftOut.add("Offer " + stored.id() + " (" + stored.offer().company()
                        + ") is left out: it can't be projected until it is fixed.");
                continue;
            }
            others.add(new CompetingOffer(stored.offer(), offers.project(stored.offer())));
        }
        Projection projection = offers.project(chosen.offer());
        return new NegotiationContext(clientId, chosen, projection, profile, standing, others, leftOut,
                LocalDate.now(clock));
    }

    /**
     * The workspace saved for the offer, or a fresh one (default settings, the usual checklist) when
     * none was saved or the saved one can't be read ({@link UnreadableRowService} names it; saving
     * the workspace then writes a new one in its place).
     */
    public NegotiationWorkspace workspace(long clientId, StoredOffer offer) {
        return Await.result(workspaces.load(clientId, offer.id())).orElseGet(() -> fresh(offer));
    }

    private NegotiationWorkspace fresh(StoredOffer offer) {
        return NegotiationWorkspace.fresh(offer.offer().deadline(), LocalDate.now(clock));
    }

    /** @throws InvalidInputException when a talking point, checklist item or name breaks the text rules */
    public void saveWorkspace(long clientId, long offerId, NegotiationWorkspace workspace) {
        List<String> problems = workspace.textProblems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The plan can't be saved: " + String.join("; ", problems) + ".");
        }
        Await.result(workspaces.save(clientId, offerId, workspace));
        changes.announce(new DataChange.Workspace(clientId, offerId));
    }

    /** The plan for a context and workspace: pure computation, cheap enough to follow a slider. */
    public NegotiationView plan(NegotiationContext context, NegotiationWorkspace workspace) {
        CounterPlan plan = CounterPlanner.plan(new NegotiationInput(context.offer().offer(), context.projection(),
                context.standing().dataset(), context.profile(), context.others(), workspace.walkAwayOverride(),
                context.today(), context.standing().adjustments(), workspace.postedRange()), workspace.settings());
        List<String> points = workspace.talkingPoints() == null ? plan.talkingPoints() : workspace.talkingPoints();
        return new NegotiationView(context, workspace, plan, points);
    }

    /** The plan with the saved workspace, as the Negotiate screen shows it. */
    public NegotiationView plan(long clientId, long offerId) {
        return plan(clientId, offerId, PlanOverrides.NONE);
    }

    /** The plan with the saved workspace, some settings replaced for this plan only (not saved). */
    public NegotiationView plan(long clientId, long offerId, PlanOverrides overrides) {
        NegotiationContext read = context(clientId, offerId);
        RowsRead<NegotiationWorkspace> saved = Await.result(workspaces.read(clientId, offerId));
        NegotiationWorkspace workspace = saved.first().orElseGet(() -> fresh(read.offer()));
        NegotiationContext context = read.leavingOut(saved.unreadable().stream().map(row -> "The " + row.what()
                + " could not be read (" + row.problem() + "); this plan uses the default settings. "
                + UnreadableRow.KEPT).toList());
        PlanSettings settings = workspace.settings();
        if (overrides.targetPosition() != null) {
            settings = settings.withTargetPosition(overrides.targetPosition());
        }
        if (overrides.anchorMargin() != null) {
            settings = settings.withAnchorMargin(overrides.anchorMargin());
        }
        workspace = workspace.withSettings(settings);
        if (overrides.walkAway() != null) {
            workspace = workspace.withWalkAway(overrides.walkAway());
        }
        return plan(context, workspace);
    }

    /**
     * A script for the plan: the coach's own template when one is in the template folder, else the
     * built-in one, filled with the plan, the talking points as the user keeps them, and the names.
     * A blank name of the user's is the client's own (not the default "Me"); the deadline counts only
     * while it is today or later. What had to be left out is named in the result.
     */
    public RenderedScript script(NegotiationView view, Scripts.Channel channel, Scripts.Tone tone, String myName,
                                 String recruiter) {
        String signer = myName == null || myName.isBlank() ? clientName(view.context().clientId()) : myName;
        Map<String, String> values = Scripts.values(view.plan(), view.context().offer().offer(),
                new Scripts.Letter(view.talkingPoints(), signer, recruiter, view.context().today()));
        return ScriptRenderer.render(template(channel, tone), values);
    }

    /** The same with the names saved in the workspace. */
    public RenderedScript script(NegotiationView view, Scripts.Channel channel, Scripts.Tone tone) {
        return script(view, channel, tone, view.workspace().myName(), view.workspace().recruiter());
    }

    /**
     * The name a script is signed with when the user typed none: the client's, unless it is the
     * default client's placeholder ("Me"); "" when there is none.
     */
    public String clientName(long clientId) {
        return clients.byId(clientId).map(client -> signer(client.name())).orElse("");
    }

    /** A client's name as a script's signature: "" for none or for the default client's "Me". */
    public static String signer(String clientName) {
        String name = clientName == null ? "" : clientName.strip();
        return name.equalsIgnoreCase(ClientService.DEFAULT_CLIENT_NAME) ? "" : name;
    }

    /** Saves a script the user may have edited, as text or Markdown, whole or not at all, readable by them only. */
    public void saveScript(Path file, String text) {
        outputs.writeString(file, text);
    }

    /** @throws InvalidInputException for a coach's template that can't be read (too large, not UTF-8, not a file) */
    private String template(Scripts.Channel channel, Scripts.Tone tone) {
        Path own = templateFolder == null ? null : templateFolder.resolve(channel.id() + "-" + tone.id() + ".txt");
        if (own == null || !Files.exists(own)) {
            return Scripts.template(channel, tone);
        }
        try {
            return InputFiles.readText(own, InputFiles.TEMPLATE_MAX_BYTES, "a script template (UTF-8 text)");
        } catch (UnreadableFileException e) {
            throw new InvalidInputException("the script template " + own + " can't be used: " + e.problem(), e);
        }
    }
}
