package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.input.TextRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the user keeps per offer while negotiating: the plan's settings, their own walk-away point,
 * their edited talking points (null until they edit the generated ones), who they write to, and
 * the checklist, and the job's posted pay range (null when not entered).
 */
public record NegotiationWorkspace(PlanSettings settings, BigDecimal walkAwayOverride, List<String> talkingPoints,
                                   String myName, String recruiter, List<ChecklistItem> checklist,
                                   PostedRange postedRange) {

    /** Without a posted pay range. */
    public NegotiationWorkspace(PlanSettings settings, BigDecimal walkAwayOverride, List<String> talkingPoints,
                                String myName, String recruiter, List<ChecklistItem> checklist) {
        this(settings, walkAwayOverride, talkingPoints, myName, recruiter, checklist, null);
    }

    public NegotiationWorkspace {
        settings = settings == null ? PlanSettings.defaults() : settings;
        talkingPoints = talkingPoints == null ? null : List.copyOf(talkingPoints);
        myName = myName == null ? "" : myName;
        recruiter = recruiter == null ? "" : recruiter;
        checklist = List.copyOf(checklist == null ? List.of() : checklist);
    }

    /** One thing to do, with an optional due date. */
    public record ChecklistItem(String text, LocalDate due, boolean done) {
        public ChecklistItem {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A fresh workspace: default settings and the usual checklist, due before the offer's deadline. */
    public static NegotiationWorkspace fresh(LocalDate deadline, LocalDate today) {
        LocalDate due = deadline != null && deadline.isAfter(today) ? deadline.minusDays(1) : today.plusDays(3);
        return new NegotiationWorkspace(PlanSettings.defaults(), null, null, "", "", List.of(
                new ChecklistItem("Get the offer in writing, every component", today.plusDays(1), false),
                new ChecklistItem("Ask for the decision deadline", today.plusDays(1), false),
                new ChecklistItem("Confirm the level and title", due, false),
                new ChecklistItem("Confirm the start date", due, false),
                new ChecklistItem("Ask how refreshers are decided", due, false),
                new ChecklistItem("Read the sign-on clawback terms", due, false),
                new ChecklistItem("Send the counter (email or call)", due, false)));
    }

    /**
     * What is wrong with the text kept here (talking points, checklist items, the names), each problem
     * starting with its key as an export spells it; empty when all of it may be kept.
     */
    public List<String> textProblems() {
        List<String> problems = new ArrayList<>();
        text(problems, "my_name", myName, TextRules.Kind.NAME);
        text(problems, "recruiter", recruiter, TextRules.Kind.NAME);
        problems.addAll(TextRules.listProblems("talking_points", talkingPoints, TextRules.Kind.LINE));
        for (int i = 0; i < checklist.size(); i++) {
            text(problems, "checklist[" + i + "].text", checklist.get(i).text(), TextRules.Kind.LINE);
        }
        return problems;
    }

    private static void text(List<String> problems, String key, String text, TextRules.Kind kind) {
        String problem = TextRules.problem(text, kind);
        if (problem != null) {
            problems.add(key + ": " + problem);
        }
    }

    public NegotiationWorkspace withSettings(PlanSettings changed) {
        return new NegotiationWorkspace(changed, walkAwayOverride, talkingPoints, myName, recruiter, checklist, postedRange);
    }

    public NegotiationWorkspace withWalkAway(BigDecimal override) {
        return new NegotiationWorkspace(settings, override, talkingPoints, myName, recruiter, checklist, postedRange);
    }

    public NegotiationWorkspace withTalkingPoints(List<String> points) {
        return new NegotiationWorkspace(settings, walkAwayOverride, points, myName, recruiter, checklist, postedRange);
    }

    public NegotiationWorkspace withNames(String name, String recruiterName) {
        return new NegotiationWorkspace(settings, walkAwayOverride, talkingPoints, name, recruiterName, checklist, postedRange);
    }

    public NegotiationWorkspace withChecklist(List<ChecklistItem> items) {
        return new NegotiationWorkspace(settings, walkAwayOverride, talkingPoints, myName, recruiter, items, postedRange);
    }

    public NegotiationWorkspace withPostedRange(PostedRange range) {
        return new NegotiationWorkspace(settings, walkAwayOverride, talkingPoints, myName, recruiter, checklist, range);
    }
}
