package com.counteroffer.service;

import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import java.util.List;

/**
 * A counter plan with what it was made from and the user's workspace for the offer.
 *
 * @param talkingPoints the user's edited points when they edited them, else the plan's
 */
public record NegotiationView(NegotiationContext context, NegotiationWorkspace workspace, CounterPlan plan,
                              List<String> talkingPoints) {

    public NegotiationView {
        talkingPoints = List.copyOf(talkingPoints);
    }
}
