package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.PostedRange;
import com.counteroffer.domain.negotiation.RenderedScript;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.NegotiationContext;
import com.counteroffer.service.NegotiationService;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Negotiate screen for one offer: the plan (from the negotiation service, with the Market
 * screen's standing), the workspace the user shapes (settings, walk-away, talking points, names,
 * checklist; saved for that offer as it changes), the scripts, and the rounds (see {@link RoundsModel}).
 */
public final class NegotiateModel {

    private final UiContext ui;
    private final ObservableList<Long> offerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Long> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<NegotiationContext> context = new ReadOnlyObjectWrapper<>(this, "context");
    private final ReadOnlyObjectWrapper<NegotiationWorkspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<NegotiationView> view = new ReadOnlyObjectWrapper<>(this, "view");
    /** How the chosen offer values its options or private stock; null when it has none. */
    private final ReadOnlyObjectWrapper<ValuationBasis> valuation = new ReadOnlyObjectWrapper<>(this, "valuation");
    /** Why the last valuation choice wasn't saved, shown beside the choice; empty otherwise. */
    private final ReadOnlyStringWrapper valuationMessage = new ReadOnlyStringWrapper(this, "valuationMessage", "");
    private final ValidatedField<Long> walkAway =
            new ValidatedField<>(text -> Amounts.parse(text, AmountParser.MAX_AMOUNT, false));
    private final ValidatedField<Long> postedMin =
            new ValidatedField<>(text -> Amounts.parse(text, AmountParser.MAX_AMOUNT, false));
    private final ValidatedField<Long> postedMax =
            new ValidatedField<>(text -> Amounts.parse(text, AmountParser.MAX_AMOUNT, false));
    private final StringProperty postedProblem = new SimpleStringProperty(this, "postedProblem", "");
    private final ObservableList<String> points = FXCollections.observableArrayList();
    private final ObjectProperty<Scripts.Channel> channel = new SimpleObjectProperty<>(this, "channel", Scripts.Channel.EMAIL);
    private final ObjectProperty<Scripts.Tone> tone = new SimpleObjectProperty<>(this, "tone", Scripts.Tone.WARM);
    private final StringProperty script = new SimpleStringProperty(this, "script", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    /** While the chosen offer's plan and workspace are read: the screen says so and nothing can be moved. */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final StringProperty scriptStatus = new SimpleStringProperty(this, "scriptStatus", "");
    private final StringProperty scriptLeftOut = new SimpleStringProperty(this, "scriptLeftOut", "");
    private final RoundsModel rounds;
    private final Latest<Object[]> loads;
    private final Latest<Void> saves;
    private final Latest<RenderedScript> scripts;
    /** The offer {@link #workspace} belongs to: saves go there even if the choice has moved on. */
    private Long workspaceOfferId;
    private boolean refreshingChoices;

    public NegotiateModel(UiContext ui) {
        this.ui = ui;
        this.loads = ui.tasks().latest();
        this.saves = ui.tasks().latest();
        this.scripts = ui.tasks().latest();
        this.rounds = new RoundsModel(ui, this);
        context.addListener((o, was, now) -> {
            valuationMessage.set("");
            valuation.set(valuationOf(now));
        });
        ui.session().offers().addListener((Observable changed) -> refreshChoices());
        ui.session().standingProperty().addListener((o, was, now) -> reloadContext());
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            chosen.set(null);
            status.set("");
            scriptStatus.set("");
            scriptLeftOut.set("");
            refreshChoices();
        });
        chosen.addListener((o, was, id) -> {
            if (!refreshingChoices) {
                open(id);
            }
        });
        // A blank name signs with the client's: a renamed client re-signs the script.
        for (Observable input : new Observable[] {channel, tone, ui.session().clientNameProperty()}) {
            input.addListener(changed -> renderScript());
        }
        refreshChoices();
    }

    private void refreshChoices() {
        Long keep = chosen.get();
        List<Long> ids = ui.session().offers().stream().filter(s -> !s.offer().current()).map(StoredOffer::id).toList();
        // A list control clears its value when its items are replaced; that is not the user choosing.
        refreshingChoices = true;
        try {
            if (!offerChoices.equals(ids)) {
                offerChoices.setAll(ids);
            }
            if (keep != null && ids.contains(keep) && !keep.equals(chosen.get())) {
                chosen.set(keep);
            }
        } finally {
            refreshingChoices = false;
        }
        if (keep != null && ids.contains(keep)) {
            // The offer's terms may have changed (a round): the plan follows them.
            reloadContext();
        } else {
            chosen.set(ids.isEmpty() ? null : ids.get(0));
        }
    }

    /** Opens the assistant on a saved offer (used by other screens and tests). */
    public void openOffer(long offerId) {
        chosen.set(offerId);
    }

    private void open(Long offerId) {
        workspaceOfferId = null;
        workspace.set(null);
        context.set(null);
        view.set(null);
        rounds.clear();
        // What was drawn from the last plan (points, script, walk-away typed) must not outlive it.
        points.clear();
        scripts.forget();
        script.set("");
        scriptLeftOut.set("");
        walkAway.load("");
        postedMin.load("");
        postedMax.load("");
        postedProblem.set("");
        if (offerId == null) {
            loads.forget();
            loading.set(false);
            return;
        }
        long client = ui.session().clientId();
        StoredOffer stored = stored(offerId);
        loading.set(true);
        loads.run(progress -> new Object[] {contextFor(client, stored), ui.services().negotiation().workspace(client,
                stored)}, loaded -> {
                    loading.set(false);
                    workspaceOfferId = offerId;
                    context.set((NegotiationContext) loaded[0]);
                    showWorkspace((NegotiationWorkspace) loaded[1]);
                    rounds.load();
                }, error -> {
                    loading.set(false);
                    status.set(ui.text("negotiate.loadFailed", String.valueOf(error.getMessage())));
                });
    }

    private NegotiationContext contextFor(long client, StoredOffer stored) {
        var negotiation = ui.services().negotiation();
        return negotiation.leavingOut(negotiation.context(client, stored, List.copyOf(ui.session().offers()),
                ui.session().profile(), ui.session().standing()), List.copyOf(ui.session().unreadableRows()));
    }

    /** The offer or the market changed elsewhere: the same workspace, a plan from the new figures. */
    private void reloadContext() {
        Long offerId = chosen.get();
        if (offerId == null || workspace.get() == null || !offerId.equals(workspaceOfferId)) {
            return;
        }
        context.set(contextFor(ui.session().clientId(), stored(offerId)));
        recompute();
        rounds.load();
    }

    private void showWorkspace(NegotiationWorkspace loaded) {
        workspace.set(loaded);
        walkAway.load(loaded.walkAwayOverride() == null ? "" : Money.format(WholeDollars.of(loaded.walkAwayOverride())));
        postedMin.load(loaded.postedRange() == null ? "" : Money.format(loaded.postedRange().min()));
        postedMax.load(loaded.postedRange() == null ? "" : Money.format(loaded.postedRange().max()));
        recompute();
    }

    /** The plan from the context and the workspace: pure computation, so it follows a slider as it moves. */
    private void recompute() {
        if (context.get() == null || workspace.get() == null) {
            return;
        }
        NegotiationView plan = ui.services().negotiation().plan(context.get(), workspace.get());
        view.set(plan);
        if (!points.equals(plan.talkingPoints())) {
            points.setAll(plan.talkingPoints());
        }
        renderScript();
    }

    /**
     * Changes the workspace, shows the new plan, and saves it for its offer; returns why it can't
     * (text that breaks the text rules: nothing changes then), or "" when it could.
     */
    private String change(NegotiationWorkspace changed) {
        if (workspace.get() == null || changed.equals(workspace.get())) {
            return "";
        }
        List<String> problems = changed.textProblems();
        if (!problems.isEmpty()) {
            String problem = "Not changed: " + String.join("; ", problems) + ".";
            status.set(problem);
            return problem;
        }
        workspace.set(changed);
        recompute();
        long client = ui.session().clientId();
        long offerId = workspaceOfferId;
        saves.run(progress -> {
            if (!progress.cancelled()) {
                ui.services().negotiation().saveWorkspace(client, offerId, changed);
            }
            return null;
        }, done -> { }, error -> status.set("Could not save the plan: " + error.getMessage()));
        return "";
    }

    private static ValuationBasis valuationOf(NegotiationContext shown) {
        Equity equity = shown == null ? null : shown.offer().offer().equity();
        return equity == null || equity.company() == null ? null : equity.company().valuation();
    }

    /**
     * Values the offer's options or private stock on {@code basis}: saved with the offer (as the
     * offer detail and Compare's "each offer's choice" read it), and the plan follows once it is.
     */
    public void setValuation(ValuationBasis basis) {
        NegotiationContext shown = context.get();
        if (shown == null || basis == null || basis == valuation.get() || valuation.get() == null) {
            return;
        }
        long client = ui.session().clientId();
        long offerId = shown.offer().id();
        ValuationBasis saved = valuation.get();
        PrivateCompany company = shown.offer().offer().equity().company().withValuation(basis);
        valuationMessage.set("");
        // Shown as chosen while it saves; a refusal puts the saved choice back, so the box never shows a
        // valuation the plan doesn't use.
        valuation.set(basis);
        ui.tasks().run(progress -> {
            ui.services().offers().updatePrivateTerms(client, offerId, company);
            return null;
        }, done -> status.set(ui.text("negotiate.valuation.saved", basis.label())),
                error -> {
                    String refused = ui.text("negotiate.valuation.refused", basis.label(), error.getMessage(),
                            saved.label());
                    valuation.set(saved);
                    valuationMessage.set(refused);
                    status.set(refused);
                });
    }

    public ReadOnlyObjectProperty<ValuationBasis> valuationProperty() {
        return valuation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valuationMessageProperty() {
        return valuationMessage.getReadOnlyProperty();
    }

    public void setTargetPosition(int percent) {
        change(workspace.get().withSettings(workspace.get().settings()
                .withTargetPosition(BigDecimal.valueOf(percent).movePointLeft(2))));
    }

    public void setAnchorMargin(int percent) {
        change(workspace.get().withSettings(workspace.get().settings()
                .withAnchorMargin(BigDecimal.valueOf(percent).movePointLeft(2))));
    }

    /** Without evidence, how far base or grant (and the total) may move: whole percents. */
    public void setUsualMoves(int componentPercent, int totalPercent) {
        change(workspace.get().withSettings(workspace.get().settings().withCeilings(
                BigDecimal.valueOf(componentPercent).movePointLeft(2), BigDecimal.valueOf(totalPercent).movePointLeft(2))));
    }

    /**
     * Uses the posted range as typed (both blank: none); a bad amount, one bound alone or a top below the
     * bottom keeps its message and changes nothing.
     */
    public void applyPostedRange() {
        if (workspace.get() == null) {
            return;
        }
        postedMin.reveal();
        postedMax.reveal();
        String problem = !postedMin.validProperty().get() ? ui.text("negotiate.posted.min") + ": " + postedMin.messageOf()
                : !postedMax.validProperty().get() ? ui.text("negotiate.posted.max") + ": " + postedMax.messageOf()
                : null;
        Long min = problem == null ? postedMin.value() : null;
        Long max = problem == null ? postedMax.value() : null;
        if (problem == null && (min == null) != (max == null)) {
            problem = ui.text("negotiate.posted.both");
        } else if (problem == null && min != null && (min <= 0 || max < min)) {
            problem = ui.text("negotiate.posted.order");
        }
        postedProblem.set(problem == null ? "" : problem);
        if (problem == null) {
            change(workspace.get().withPostedRange(min == null ? null : new PostedRange(min, max)));
        }
    }

    /** The measure in which the equivalent packages are worth the same; saved with the plan's settings. */
    public void setPackageView(PackageView packageView) {
        change(workspace.get().withSettings(workspace.get().settings().withPackageView(packageView)));
    }

    public void setLever(Lever lever, boolean on) {
        PlanSettings settings = workspace.get().settings();
        Set<Lever> levers = settings.levers().isEmpty() ? EnumSet.noneOf(Lever.class) : EnumSet.copyOf(settings.levers());
        if (on) {
            levers.add(lever);
        } else {
            levers.remove(lever);
        }
        change(workspace.get().withSettings(settings.withLevers(levers)));
    }

    /** Uses the walk-away point as typed (blank: the plan's own); a bad amount keeps its message and changes nothing. */
    public void applyWalkAway() {
        walkAway.reveal();
        if (workspace.get() == null || !walkAway.validProperty().get()) {
            return;
        }
        Long amount = walkAway.value();
        change(workspace.get().withWalkAway(amount == null ? null : BigDecimal.valueOf(amount)));
    }

    public void setNames(String myName, String recruiter) {
        if (workspace.get() != null) {
            change(workspace.get().withNames(myName, recruiter));
        }
    }

    /**
     * The name the scripts are signed with: the one typed, else the client's (never the default
     * client's "Me"), as the negotiation service fills it in.
     */
    public String signerName() {
        NegotiationWorkspace current = workspace.get();
        String typed = current == null ? "" : current.myName();
        return typed.isBlank() ? NegotiationService.signer(ui.session().clientNameProperty().get()) : typed;
    }

    /**
     * The talking points as the user arranged them; they are kept instead of the plan's from now on.
     * Returns why they can't be (a point over the limit), or "".
     */
    public String setPoints(List<String> edited) {
        return change(workspace.get().withTalkingPoints(List.copyOf(edited)));
    }

    /** Drops the user's edits: the plan's own points come back. */
    public void regeneratePoints() {
        change(workspace.get().withTalkingPoints(null));
    }

    /** Returns why the items can't be kept (text over the limit), or "". */
    public String setChecklist(List<ChecklistItem> items) {
        return change(workspace.get().withChecklist(items));
    }

    /** Adds an item as typed; returns why it can't be added, or "" (also when there is nothing to add). */
    public String addChecklistItem(String text) {
        if (text == null || text.isBlank() || workspace.get() == null) {
            return "";
        }
        List<ChecklistItem> items = new ArrayList<>(workspace.get().checklist());
        items.add(new ChecklistItem(text, LocalDate.now(ui.services().clock()).plusDays(3), false));
        return setChecklist(items);
    }

    private void renderScript() {
        NegotiationView current = view.get();
        if (current == null) {
            return;
        }
        Scripts.Channel chosenChannel = channel.get();
        Scripts.Tone chosenTone = tone.get();
        // The coach's own templates are files: read off the UI thread.
        scripts.run(progress -> ui.services().negotiation().script(current, chosenChannel, chosenTone), rendered -> {
            script.set(rendered.text());
            scriptLeftOut.set(leftOut(rendered.leftOut()));
        }, error -> status.set("Could not read the template: " + error.getMessage()));
    }

    /** "Left out: the greeting by name — type the recruiter's name above; …", or "" when nothing was. */
    private String leftOut(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            String key = "negotiate.leftOut." + name;
            parts.add(ui.bundle().containsKey(key) ? ui.text(key) : ui.text("negotiate.leftOut.other", name));
        }
        return ui.text("negotiate.leftOut", String.join("; ", parts));
    }

    StoredOffer stored(long id) {
        return ui.session().offers().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** The offer whose workspace is open, or null. */
    Long openOfferId() {
        return workspaceOfferId;
    }

    UiContext ui() {
        return ui;
    }

    public ObservableList<Long> offerChoices() {
        return offerChoices;
    }

    public ObjectProperty<Long> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<NegotiationContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NegotiationWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NegotiationView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ValidatedField<Long> walkAway() {
        return walkAway;
    }

    public ValidatedField<Long> postedMin() {
        return postedMin;
    }

    public ValidatedField<Long> postedMax() {
        return postedMax;
    }

    /** Why the posted range typed can't be used, or "". */
    public StringProperty postedProblemProperty() {
        return postedProblem;
    }

    public ObservableList<String> points() {
        return points;
    }

    public ObjectProperty<Scripts.Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Scripts.Tone> toneProperty() {
        return tone;
    }

    public StringProperty scriptProperty() {
        return script;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True while the chosen offer's plan is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * What the script had to leave out for want of a value, in plain words with how to add each
     * (e.g. the greeting by name: type the recruiter's name); "" when nothing was.
     */
    public StringProperty scriptLeftOutProperty() {
        return scriptLeftOut;
    }

    /** What became of the script: copied, saved, or why it could not be saved. */
    public StringProperty scriptStatusProperty() {
        return scriptStatus;
    }

    /**
     * Asks where to save the script, then writes it there, whole or not at all.
     *
     * @param extension txt or md
     * @param kind what the file dialog calls such a file, e.g. "Markdown file"
     */
    public void saveScript(String extension, String kind, String text) {
        ui.dialogs().saveFile(ui.text("negotiate.scripts"), "counter." + extension,
                List.of(new Dialogs.FileKind(kind, extension))).ifPresent(file -> ui.tasks().run(progress -> {
                    ui.services().negotiation().saveScript(file, text);
                    return file;
                }, ui.session().whileShown(ui.session().clientId(),
                        saved -> scriptStatus.set(ui.text("negotiate.saved", saved))),
                        ui.session().whileShown(ui.session().clientId(),
                                error -> scriptStatus.set("Could not save " + file + ": " + error.getMessage()))));
    }

    public RoundsModel rounds() {
        return rounds;
    }

    /** Whether the typed walk-away differs from the one in use (so the screen can say it is not applied yet). */
    public boolean walkAwayPending() {
        NegotiationWorkspace current = workspace.get();
        if (current == null || !walkAway.validProperty().get()) {
            return false;
        }
        Long typed = walkAway.value();
        return !Objects.equals(typed == null ? null : BigDecimal.valueOf(typed),
                current.walkAwayOverride() == null ? null : current.walkAwayOverride().stripTrailingZeros()
                        .setScale(0, java.math.RoundingMode.HALF_UP));
    }
}
