package org.branchdesk.complaint.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.ComplaintInput;
import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.complaint.api.ComplaintStats;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The complaint service, stored in the complaint persistence unit. This component only wires:
 * each part of the work is a collaborator with one responsibility ({@link Intake},
 * {@link Reading}, {@link Casework}, {@link Escalation}, {@link Statistics}); the rules are
 * {@link ComplaintAccess}, {@link Lifecycle}, {@link Deadlines} and {@link EscalationRule}. The
 * check that escalates on schedule is {@link EscalationSchedule}.
 */
@Designate(ocd = ComplaintConfig.class)
@Component(configurationPid = ComplaintConfigCheck.PID)
public final class JpaComplaints implements ComplaintService {

    /** Tests (and a branch with a special calendar) may register a Clock with branchdesk.clock=true. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(branchdesk.clock=true)")
    private volatile Clock clock;

    private final Intake intake;
    private final Reading reading;
    private final Casework casework;
    private final Escalation escalation;
    private final Statistics statistics;

    @Activate
    public JpaComplaints(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.complaint)") JPAEntityManagerProvider provider, @Reference AuditLog audit,
            @Reference StaffDirectory staff, @Reference CustomerService customers, @Reference DailyNumbers numbers,
            ComplaintConfig config) {
        ComplaintConfigCheck.require(config);
        Deadlines deadlines = Deadlines.of(config.acknowledgeHours(), config.resolveHours());
        ComplaintStore store = new ComplaintStore(provider.getResource(tx));
        this.reading = new Reading(tx, store, audit);
        this.intake = new Intake(tx, store, reading, customers, numbers, deadlines, this::now);
        this.casework = new Casework(tx, store, reading, staff, this::now);
        this.escalation = new Escalation(tx, store, new EscalationRule(deadlines), this::now);
        this.statistics = new Statistics(tx, store);
    }

    private long now() {
        Clock c = clock;
        return (c == null ? Clock.systemDefaultZone() : c).millis();
    }

    @Override
    public Complaint receive(ComplaintInput input, Caller caller) {
        return intake.receive(input, caller);
    }

    @Override
    public Complaint get(long id, Caller caller) {
        return reading.get(id, caller);
    }

    @Override
    public List<Complaint> list(boolean all, Status status, Caller caller) {
        return reading.list(all, status, caller);
    }

    @Override
    public List<Complaint> ofCustomer(String customerId, int limit, Caller caller) {
        return reading.ofCustomer(customerId, limit, caller);
    }

    @Override
    public Complaint transition(long id, Status next, String note, Caller caller) {
        return casework.transition(id, next, note, caller);
    }

    @Override
    public Complaint assign(long id, String assignee, Caller caller) {
        return casework.assign(id, assignee, caller);
    }

    @Override
    public Complaint escalate(long id, String reason, Caller caller) {
        return casework.escalate(id, reason, caller);
    }

    @Override
    public Complaint resolve(long id, String resolution, String remedy, Caller caller) {
        return casework.resolve(id, resolution, remedy, caller);
    }

    @Override
    public Complaint feedback(long id, boolean satisfied, boolean escalate, String comment, Caller caller) {
        return casework.feedback(id, satisfied, escalate, comment, caller);
    }

    @Override
    public int escalateOverdue() {
        return escalation.escalateOverdue();
    }

    @Override
    public ComplaintStats stats(Instant from, Instant to, Caller caller) {
        return statistics.stats(from, to, caller);
    }
}
