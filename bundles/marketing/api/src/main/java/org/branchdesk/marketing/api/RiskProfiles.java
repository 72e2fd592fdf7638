package org.branchdesk.marketing.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Risk profiles (风险测评): the questionnaire taken with the customer gives their tolerance, valid for
 * the configured days. The customer's manager and the centre head take and read them; each read and
 * each assessment is audited.
 */
@ProviderType
public interface RiskProfiles {

    /** The questionnaire in force. */
    RiskQuestionnaire questionnaire(Caller caller);

    /**
     * Scores the customer's answers (question id to answer id; every question answered once) and
     * records the assessment; 400 naming {@code answers.<question>} for a missing or unknown answer.
     */
    RiskAssessment assess(String customerId, Map<String, String> answers, Caller caller);

    /** The customer's newest assessment, expired or not; empty if they never took one. */
    Optional<RiskAssessment> current(String customerId, Caller caller);

    /** Every assessment of the customer, newest first. */
    List<RiskAssessment> history(String customerId, Caller caller);
}
