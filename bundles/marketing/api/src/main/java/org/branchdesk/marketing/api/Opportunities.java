package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opportunities of the customer's manager (the centre head sees and works all). Stages move
 * forward only: OPEN → PROPOSAL → WON / LOST, and OPEN → WON / LOST; a closed one is a 409.
 */
@ProviderType
public interface Opportunities {

    Opportunity open(OpportunityInput input, Caller caller);

    Opportunity opportunity(long id, Caller caller);

    /** One manager's (null: the caller's own, or all for the centre head), of one stage (null: all), newest first. */
    List<Opportunity> opportunities(String manager, OpportunityStage stage, Caller caller);

    /** The customer's opportunities that are not closed. */
    List<Opportunity> openOf(String customerId, Caller caller);

    /** To PROPOSAL. */
    Opportunity propose(long id, Caller caller);

    /** Won, for the amount the customer bought for (above zero; suitability checked for it). */
    Opportunity win(long id, BigDecimal amount, Caller caller);

    /** Lost, with the reason (required, at most 200 characters). */
    Opportunity lose(long id, String reason, Caller caller);
}
