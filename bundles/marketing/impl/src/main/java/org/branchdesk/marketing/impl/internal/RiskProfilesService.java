package org.branchdesk.marketing.impl.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.impl.internal.jpa.RiskEntity;
import org.branchdesk.marketing.impl.internal.jpa.ShelfStore;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Risk profiles (风险测评): the configured questionnaire ({@value RiskConfigCheck#PID}) scored
 * into a tolerance C1 to C5, valid {@code validDays} days from the day it is taken (that day
 * included), kept for ever. The customer's manager and the centre head take and read them; each
 * read is audited as {@code RISK_PROFILE}, each assessment as {@code RISK_ASSESSED}.
 */
@Designate(ocd = RiskConfig.class)
@Component(configurationPid = RiskConfigCheck.PID, service = { RiskProfiles.class, RiskProfilesService.class })
public final class RiskProfilesService implements RiskProfiles {

    // branch IT's questionnaire, changed in place: assessments keep being taken while it changes
    private volatile RiskScoring scoring;

    private final TransactionControl tx;
    private final ShelfStore store;
    private final AssignmentService assignments;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public RiskProfilesService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference AuditLog audit, @Reference ModuleClock clock, RiskConfig config) {
        modified(config);
        this.tx = tx;
        this.store = new ShelfStore(provider.getResource(tx));
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Modified
    void modified(RiskConfig config) {
        scoring = RiskScoring.of(config);
    }

    @Override
    public RiskQuestionnaire questionnaire(Caller caller) {
        caller.require(MarketingAccess.WORK, "the risk questionnaire");
        return scoring.questionnaire();
    }

    @Override
    public RiskAssessment assess(String customerId, Map<String, String> answers, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        RiskScoring s = scoring;
        RiskScoring.Scored scored = s.score(answers);
        LocalDate today = clock.today();
        RiskEntity e = new RiskEntity();
        e.customerId = customerId;
        e.questionnaireVersion = s.questionnaire().version();
        e.answers = scored.answers().entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(";"));
        e.score = scored.score();
        e.tolerance = scored.tolerance().name();
        e.assessedBy = caller.username();
        e.assessedAt = clock.now().toEpochMilli();
        e.validUntil = s.validUntil(today);
        RiskEntity written = tx.required(() -> store.addRisk(e));
        audit.record(caller, customerId, "RISK_ASSESSED", "questionnaire " + e.questionnaireVersion + ": score " + e.score + ", "
                + e.tolerance + " until " + e.validUntil);
        return assessment(written, today);
    }

    @Override
    public Optional<RiskAssessment> current(String customerId, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        Optional<RiskAssessment> current = currentOf(customerId);
        audit.record(caller, customerId, "RISK_PROFILE", current.map(r -> "current: " + r.tolerance() + " until " + r.validUntil()
                + (r.expired() ? " (expired)" : "")).orElse("current: none"));
        return current;
    }

    /** The customer's newest assessment for the module's own services, which check their callers themselves; not audited. */
    Optional<RiskAssessment> currentOf(String customerId) {
        RiskEntity e = tx.supports(() -> store.currentRisk(customerId));
        return e == null ? Optional.empty() : Optional.of(assessment(e, clock.today()));
    }

    @Override
    public List<RiskAssessment> history(String customerId, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        LocalDate today = clock.today();
        List<RiskAssessment> history = tx.supports(() -> store.risks(customerId)).stream().map(e -> assessment(e, today)).toList();
        audit.record(caller, customerId, "RISK_PROFILE", "history: " + history.size() + " assessments");
        return history;
    }

    private RiskAssessment assessment(RiskEntity e, LocalDate today) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (!e.answers.isEmpty()) {
            Arrays.stream(e.answers.split(";")).map(a -> a.split("=", 2)).forEach(a -> answers.put(a[0], a.length > 1 ? a[1] : ""));
        }
        return new RiskAssessment(e.id, e.customerId, e.questionnaireVersion, java.util.Collections.unmodifiableMap(answers), e.score,
                RiskTolerance.valueOf(e.tolerance), e.assessedBy, java.time.Instant.ofEpochMilli(e.assessedAt), e.validUntil,
                today.isAfter(e.validUntil));
    }
}
