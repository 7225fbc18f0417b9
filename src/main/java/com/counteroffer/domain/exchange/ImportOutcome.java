package com.counteroffer.domain.exchange;

import java.util.List;

/**
 * What an import did.
 *
 * @param rounds negotiation rounds saved as the file gave them (offers without any got their initial round)
 * @param keptProfiles clients whose saved profile was kept instead of the file's
 * @param keptScenarios clients whose saved compare scenario was kept instead of the file's
 */
public record ImportOutcome(int added, int replaced, int skipped, int comparisons, List<String> newClients, int rounds,
                      int negotiations, int scenarios, int notes, int profiles, List<String> keptProfiles,
                      List<String> keptScenarios) {

    public ImportOutcome {
        newClients = List.copyOf(newClients);
        keptProfiles = List.copyOf(keptProfiles);
        keptScenarios = List.copyOf(keptScenarios);
    }

    /**
     * "Imported 3 offers, replaced 1, 7 rounds, 2 comparisons, 2 notes, 1 profile; kept the profile
     * already saved for Bo; new clients: Ana from ana.json (counteroffer.export/2)." Rounds,
     * workspaces, comparisons and notes are counted whenever the file holds any, even when none was
     * new; a profile or scenario is counted when saved and named when a saved one was kept.
     */
    public String summary(ImportBatch batch) {
        return summary(batch, name -> name, batch.origin());
    }

    /**
     * The summary with each client's name and the file written as the window shows them (initials
     * and no file name while the screen is shared).
     */
    public String summary(ImportBatch batch, java.util.function.UnaryOperator<String> clientName, String origin) {
        java.util.List<String> keptProfiles = this.keptProfiles.stream().map(clientName).toList();
        java.util.List<String> keptScenarios = this.keptScenarios.stream().map(clientName).toList();
        java.util.List<String> newClients = this.newClients.stream().map(clientName).toList();
        StringBuilder text = new StringBuilder("Imported ").append(ClientBundle.count(added, "offer"));
        if (replaced > 0) {
            text.append(", replaced ").append(replaced);
        }
        if (skipped > 0) {
            text.append(", skipped ").append(skipped).append(" already saved");
        }
        if (batch.roundCount() > 0) {
            text.append(", ").append(ClientBundle.count(rounds, "round"));
        }
        if (batch.negotiationCount() > 0) {
            text.append(", ").append(ClientBundle.count(negotiations, "negotiation workspace"));
        }
        if (batch.comparisonCount() > 0) {
            text.append(", ").append(ClientBundle.count(comparisons, "comparison"));
        }
        if (scenarios > 0) {
            text.append(", ").append(ClientBundle.count(scenarios, "compare scenario"));
        }
        if (batch.noteCount() > 0) {
            text.append(", ").append(ClientBundle.count(notes, "note"));
        }
        if (profiles > 0) {
            text.append(", ").append(ClientBundle.count(profiles, "profile"));
        }
        if (!keptProfiles.isEmpty()) {
            text.append("; kept the profile already saved for ").append(ClientBundle.joinWithAnd(keptProfiles));
        }
        if (!keptScenarios.isEmpty()) {
            text.append("; kept the compare scenario already saved for ")
                    .append(ClientBundle.joinWithAnd(keptScenarios));
        }
        if (!newClients.isEmpty()) {
            text.append("; new clients: ").append(String.join(", ", newClients));
        }
        return text.append(" from ").append(origin).append(" (").append(batch.format()).append(").")
                .toString();
    }
}
