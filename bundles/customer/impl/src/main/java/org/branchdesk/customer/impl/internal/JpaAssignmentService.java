package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.AllocationHint;
import org.branchdesk.customer.api.AllocationRun;
import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.api.AssignmentRequest;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.customer.api.UnassignedCustomer;
import org.branchdesk.customer.impl.internal.jpa.AllocationRunEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.ManagerProfileEntity;
import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchTier;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.persistence.RowLoader;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dedicated-manager rule: assignments with history, managers' profiles and books, and the
 * allocation rules of PID {@value AllocationConfig#PID}. The component checks who may do what
 * ({@link AssignmentAccess}) and hands the work to {@link AssignmentStore} (writes),
 * {@link AssignmentReads}, {@link ManagerProfiles} and {@link Allocation}; {@link AssignmentEvents}
 * announces what committed. Also registered under its own class, for segmentation (allocation
 * after a run) and {@link ManagerDeparture}.
 */
@Designate(ocd = AllocationConfig.class)
@Component(configurationPid = AllocationConfig.PID, service = { AssignmentService.class, JpaAssignmentService.class })
public final class JpaAssignmentService implements AssignmentService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAssignmentService.class);
    /** The rule of a decision by the centre head's hand. */
    static final String BY_HAND = "BY_HAND";
    static final String SUCCESSOR = "SUCCESSOR";

    /** Other modules' hints (the lobby's lead followers); asked once per run. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<AllocationHint> hints;

    /** The branch: a convenience store gives no wealth service, its premium customers' managers are the sub-branch's. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Branch branch;

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final AssignmentStore store;
    private final AssignmentReads reads;
    private final ManagerProfiles profiles;
    private final Allocation allocation;
    private final AssignmentEvents events;
    private final Departures departures;
    private final boolean afterSegmentation;
    private final Clock clock = Clock.systemUTC();

    /** The configuration was checked by {@link AllocationConfigCheck}, with the rules {@link AllocationRules} is made by. */
    @Activate
    public JpaAssignmentService(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider,
            @Reference AuditLog audit, @Reference StaffDirectory staff, @Reference EventAdmin eventAdmin, @Reference RowLoader rowLoader,
            AllocationConfig config) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.audit = audit;
        this.staff = staff;
        this.store = new AssignmentStore(em, rowLoader);
        this.reads = new AssignmentReads(em);
        this.profiles = new ManagerProfiles(em, staff, config.defaultLevel(), config.defaultCapacity());
        this.allocation = new Allocation(em, staff, store, profiles, AllocationRules.of(config.order(), config.levels()), () -> hints);
        this.events = new AssignmentEvents(tx, eventAdmin);
        this.afterSegmentation = config.afterSegmentation();
        this.departures = new Departures(tx, em, staff, store, allocation, events, clock);
        try {
            tx.required(() -> store.adoptManagersWithoutAssignment(Jdbc.connection(em), clock.millis()));
        } catch (RuntimeException e) {
            LOG.error("Customers whose manager was given before assignments were kept could not be given their assignment", e);
        }
    }

    @Override
    public Assignment assign(String customerId, AssignmentRequest request, Caller caller) {
        caller.require(AssignmentAccess.LEAD, "assigning a customer's manager");
        if (request == null || request.manager() == null || request.manager().isBlank()) {
            throw new InvalidInputException("manager", "required: the username of an active customer manager");
        }
        if (request.reason() == AssignmentReason.MANAGER_LEFT) {
            throw new InvalidInputException("reason", "MANAGER_LEFT is recorded by disabling the manager's account "
                    + "(POST /api/staff/{username}/disable with a successor), not given by hand");
        }
        String manager = request.manager().trim();
        ManagerProfiles.requireActive(staff, "manager", manager);
        return Conflicts.writing("replaces", customerId, () -> tx.required(() -> {
            Assignment a = store.assign(customerId, manager, request.replaces(), request.reason(), BY_HAND, caller.username(), clock.millis());
            audit.record(caller, customerId, "ASSIGN", "manager " + a.manager() + " (" + a.reason() + ", assignment " + a.id() + ")");
            events.assignedAfterCommit(List.of(a));
            return a;
        }));
    }

    @Override
    public Optional<Assignment> current(String customerId, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's manager");
        return tx.required(() -> {
            customer(customerId);
            return Optional.ofNullable(store.open(customerId)).map(AssignmentStore::toRecord);
        });
    }

    @Override
    public List<Assignment> history(String customerId, Caller caller) {
        caller.require(AssignmentAccess.BOOK, "reading a customer's assignments");
        return tx.required(() -> {
            CustomerEntity c = customer(customerId);
            AssignmentAccess.requireOwn(caller, c.manager, "reading a customer's assignments");
            audit.record(caller, customerId, "ASSIGNMENTS", null);
            return reads.history(customerId);
        });
    }

    @Override
    public List<BookEntry> book(String manager, Caller caller) {
        caller.require(AssignmentAccess.BOOK, "reading a manager's book");
        return tx.required(() -> {
            Connection db = Jdbc.connection(em);
            // someone who is no customer manager has no book (404) for anyone; another manager's is refused
            if (profiles.of(db, manager).isEmpty()) {
                throw new NotFoundException("customer manager", manager);
            }
            AssignmentAccess.requireOwn(caller, manager, "reading a manager's book");
            List<BookEntry> book = reads.book(db, manager);
            // one entry for the book, naming the manager: a book is read every day, one entry per customer would bury the log
            audit.record(caller, null, "BOOK", "the book of " + manager + ": " + book.size() + " customers");
            return book;
        });
    }

    @Override
    public Optional<BookEntry> entry(String customerId, Caller caller) {
        caller.require(AssignmentAccess.BOOK, "reading a customer's book entry");
        return tx.required(() -> {
            AssignmentReads.Owned owned = reads.entry(Jdbc.connection(em), customerId);
            if (owned == null) {
                return Optional.<BookEntry>empty();
            }
            AssignmentAccess.requireOwn(caller, owned.manager(), "reading a customer's book entry");
            return Optional.of(owned.entry());
        });
    }

    @Override
    public List<ManagerProfile> managers(Caller caller) {
        caller.require(AssignmentAccess.LEAD, "reading the customer managers");
        return tx.required(() -> profiles.all(Jdbc.connection(em)));
    }

    @Override
    public ManagerProfile profile(String manager, Caller caller) {
        caller.require(AssignmentAccess.BOOK, "reading a manager's profile");
        return tx.required(() -> {
            ManagerProfile p = profileOf(manager);
            AssignmentAccess.requireOwn(caller, manager, "reading a manager's profile");
            return p;
        });
    }

    @Override
    public ManagerProfile setProfile(String manager, ManagerLevel level, int capacity, Caller caller) {
        caller.require(AssignmentAccess.LEAD, "setting a manager's profile");
        if (level == null) {
            throw new InvalidInputException("level", "required: one of " + java.util.Arrays.toString(ManagerLevel.values()));
        }
        if (capacity < 0) {
            throw new InvalidInputException("capacity", "must be 0 or more");
        }
        return tx.required(() -> {
            profileOf(manager);
            ManagerProfileEntity p = em.find(ManagerProfileEntity.class, manager);
            if (p == null) {
                p = new ManagerProfileEntity();
                p.username = manager;
                p.level = level;
                p.capacity = capacity;
                em.persist(p);
            } else {
                p.level = level;
                p.capacity = capacity;
            }
            em.flush();
            audit.record(caller, null, "MANAGER_PROFILE", manager + ": level " + level + ", capacity " + capacity);
            return profileOf(manager);
        });
    }

    @Override
    public AllocationRun allocate(Caller caller) {
        caller.require(AssignmentAccess.LEAD, "running the allocation rules");
        return allocateNow("BY_HAND", caller.username());
    }

    /**
     * After a segmentation run has committed, if the rules say so and the branch gives wealth
     * service (a convenience store refers its premium customers to the sub-branch); a failure is
     * logged and leaves the run as it is.
     */
    void afterSegmentation(Caller caller) {
        Branch b = branch;
        if (!afterSegmentation || (b != null && b.profile().tier() == BranchTier.CONVENIENCE_STORE)) {
            return;
        }
        try {
            allocateNow("SEGMENTATION", caller.username());
        } catch (RuntimeException e) {
            LOG.error("Allocation after the segmentation run failed; the centre head can run it by hand (POST /api/allocation/runs)", e);
        }
    }

    private AllocationRun allocateNow(String trigger, String startedBy) {
        return Conflicts.writing("allocation", null, () -> tx.required(() -> {
            Allocation.Result result = allocation.unassigned(Jdbc.connection(em), trigger, startedBy, clock.millis());
            events.allocatedAfterCommit(result.run().id(), result.run().allocated());
            return result.run();
        }));
    }

    @Override
    public List<AllocationRun> allocationRuns(int limit, Caller caller) {
        caller.require(AssignmentAccess.LEAD, "reading allocation runs");
        return tx.supports(() -> reads.runs(limit));
    }

    @Override
    public List<Assignment> allocations(long runId, int offset, int limit, Caller caller) {
        caller.require(AssignmentAccess.LEAD, "reading an allocation run");
        return tx.supports(() -> {
            if (em.find(AllocationRunEntity.class, runId) == null) {
                throw new NotFoundException("allocation run", runId);
            }
            return reads.ofRun(runId, offset, limit);
        });
    }

    @Override
    public List<UnassignedCustomer> unassigned(int limit, Caller caller) {
        caller.require(AssignmentAccess.LEAD, "reading the premium customers without a manager");
        return tx.required(() -> reads.unassigned(Jdbc.connection(em), limit));
    }

    @Override
    public List<Assignment> changesAfter(long assignmentId, int limit, Caller caller) {
        caller.require(AssignmentAccess.BOOK, "following changes of manager");
        return tx.supports(() -> reads.changesAfter(assignmentId, limit));
    }

    /** A leaving manager's customers, moved as the disabling request says; see {@link Departures}. */
    String depart(String leaver, String successor, Caller actor) {
        return departures.depart(leaver, successor, actor);
    }

    private ManagerProfile profileOf(String manager) throws SQLException {
        return profiles.of(Jdbc.connection(em), manager).orElseThrow(() -> new NotFoundException("customer manager", manager));
    }

    private CustomerEntity customer(String id) {
        CustomerEntity c = id == null ? null : em.find(CustomerEntity.class, id);
        if (c == null) {
            throw new NotFoundException("customer", id);
        }
        return c;
    }
}
