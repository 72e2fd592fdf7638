package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.SegmentChange;
import org.branchdesk.customer.api.SegmentationRun;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.customer.impl.internal.jpa.BalanceDayEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.SegmentChangeEntity;
import org.branchdesk.customer.impl.internal.jpa.SegmentationRunEntity;
import org.branchdesk.customer.impl.internal.segmentation.Classification;
import org.branchdesk.customer.impl.internal.segmentation.Quarter;
import org.branchdesk.customer.impl.internal.segmentation.SegmentCatalogue;
import org.branchdesk.customer.impl.internal.segmentation.SegmentationRules;
import org.branchdesk.customer.impl.internal.segmentation.Thresholds;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.persistence.RowLoader;
import org.branchdesk.platform.security.Caller;
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
 * Re-segments every customer from the average daily financial assets of a whole quarter: the
 * sum of the day-end balances imported for the quarter divided by its calendar days (a day
 * without a balance counts as zero). One run is one transaction: all customers or none.
 */
@Designate(ocd = SegmentationConfig.class)
// immediate: thresholds that do not descend fail at once, and health names the component
@Component(configurationPid = "org.branchdesk.customer.segmentation", immediate = true)
public final class JpaSegmentationService implements SegmentationService {

    private static final int PAGE = 10_000;
    /** A page of customers after a customer number: what classifying needs, and what it wrote last. */
    private static final String PAGE_SQL = Sql.select(CustomerEntity.TABLE, List.of(CustomerEntity.ID, CustomerEntity.BIRTH_DATE,
            CustomerEntity.EDUCATION, CustomerEntity.OTHER_BANK_ASSETS, CustomerEntity.SEGMENT, CustomerEntity.SEGMENT_QUARTER,
            CustomerEntity.AVERAGE_ASSETS, CustomerEntity.POTENTIAL_PREMIUM)) + " WHERE " + CustomerEntity.ID + " > ? ORDER BY "
            + CustomerEntity.ID + " FETCH FIRST " + PAGE + " ROWS ONLY";
    private static final String UPDATE_SQL = Sql.update(CustomerEntity.TABLE, List.of(CustomerEntity.SEGMENT,
            CustomerEntity.SEGMENT_QUARTER, CustomerEntity.AVERAGE_ASSETS, CustomerEntity.POTENTIAL_PREMIUM), CustomerEntity.ID);
    /** A history row's columns, in the order of {@code Changes.rows}. */
    private static final List<String> CHANGE_COLUMNS = List.of(SegmentChangeEntity.CUSTOMER_ID, SegmentChangeEntity.FROM_SEGMENT,
            SegmentChangeEntity.TO_SEGMENT, SegmentChangeEntity.QUARTER, SegmentChangeEntity.AT_MILLIS, SegmentChangeEntity.RUN_ID);

    private final TransactionControl tx;
    private final EntityManager em;
    private final SegmentationRules rules;
    private final Clock clock = Clock.systemDefaultZone();
    /** The run's lease in the database: one run at a time across the runtimes of the branch. */
    static final String JOB = "customer.segmentation";
    /** Longer than any run; the lease is released when the run ends, and lapses after this if its runtime dies. */
    static final Duration RUN_HOLD = Duration.ofMinutes(30);

    /** One run at a time within this runtime too: the lease is renewed by its own holder, so it cannot refuse a second caller here. */
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledJobs jobs;
    private final RowLoader rowLoader;

    /** Allocation of the premium customers still without a manager, after each run that committed (if its rules say so). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile JpaAssignmentService assignments;

    @Activate
    public JpaSegmentationService(@Reference TransactionControl tx,
            @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider, @Reference RowLoader rowLoader,
            @Reference ScheduledJobs jobs, SegmentationConfig config) {
        this.tx = tx;
        this.jobs = jobs;
        this.rowLoader = rowLoader;
        this.em = provider.getResource(tx);
        this.rules = new SegmentationRules(new Thresholds(new BigDecimal(config.privateMin()), new BigDecimal(config.highMin()),
                new BigDecimal(config.midMin()), new BigDecimal(config.massAffluentMin()), new BigDecimal(config.premiumMin()),
                config.potentialMinAge(), config.potentialMaxAge()));
    }

    @Override
    public SegmentationRun run(String quarter, Caller caller) {
        caller.require(CustomerAccess.SEGMENT, "running segmentation");
        if (quarter == null || quarter.isBlank()) {
            throw new InvalidInputException("quarter", "required, e.g. 2026-Q3");
        }
        Quarter q = Quarter.parse(quarter.trim());
        if (!q.endedBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("quarter", q + " has not ended yet: segmentation needs a whole quarter");
        }
        if (!running.tryLock()) {
            throw new ConflictException("quarter", "a segmentation run is already in progress");
        }
        SegmentationRun run;
        try {
            if (!jobs.claim(JOB, RUN_HOLD)) {
                throw new ConflictException("quarter", "a segmentation run is already in progress");
            }
            try {
                run = tx.required(() -> classifyAll(q, caller));
            } finally {
                jobs.release(JOB);
            }
        } finally {
            running.unlock();
        }
        // a transaction of its own, after the run's: a failure to allocate never undoes the segments
        JpaAssignmentService allocation = assignments;
        if (allocation != null) {
            allocation.afterSegmentation(caller);
        }
        return run;
    }

    /**
     * Sums the quarter's packed days in memory (exact, in fen), then walks every customer in
     * pages by customer number and writes, in JDBC batches on the transaction's connection, only
     * what changed: a customer whose segment, average and flag are already those of this
     * quarter is not written again, and a change of segment adds one history row (all of them
     * in one statement at the end, through the {@link RowLoader}).
     */
    private SegmentationRun classifyAll(Quarter q, Caller caller) throws SQLException {
        long started = clock.millis();
        BalanceDays.QuarterSums sums = new BalanceDays.QuarterSums();
        List<LocalDate> days = em.createQuery("SELECT d.day FROM BalanceDayEntity d WHERE d.day BETWEEN :s AND :e", LocalDate.class)
                .setParameter("s", q.start()).setParameter("e", q.end()).getResultList();
        // two days at a time, one inflated on another thread: inflating is most of the summing (92 days of a million customers)
        for (int i = 0; i < days.size(); i += 2) {
            byte[] first = packedDay(days.get(i));
            byte[] second = i + 1 < days.size() ? packedDay(days.get(i + 1)) : null;
            CompletableFuture<BalanceDays.Day> other = second == null ? null : CompletableFuture.supplyAsync(() -> BalanceDays.unpack(second));
            sums.add(BalanceDays.unpack(first));
            if (other != null) {
                sums.add(other.join());
            }
        }
        int daysWithBalances = days.size();

        SegmentationRunEntity run = new SegmentationRunEntity();
        run.quarter = q.toString();
        run.startedAt = started;
        run.startedBy = caller.username();
        run.bySegment = "";
        em.persist(run);
        em.flush();
        long runId = run.id;

        Connection db = em.unwrap(Connection.class);
        BigDecimal quarterDays = BigDecimal.valueOf(q.days());
        Map<Segment, Integer> bySegment = new EnumMap<>(Segment.class);
        int customers = 0;
        int potentialPremium = 0;
        Changes changes = new Changes();
        String last = "";
        try (PreparedStatement page = db.prepareStatement(PAGE_SQL); PreparedStatement update = db.prepareStatement(UPDATE_SQL)) {
            for (;;) {
                List<Object[]> rows = new ArrayList<>(PAGE);
                page.setString(1, last);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date birth = rs.getDate(2);
                        rows.add(new Object[] { rs.getString(1), birth == null ? null : birth.toLocalDate(),
                                rs.getString(3) == null ? null : Education.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                                rs.getString(5) == null ? null : Segment.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7),
                                rs.getBoolean(8) });
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                for (Object[] c : rows) {
                    String id = (String) c[0];
                    BigDecimal average = BigDecimal.valueOf(sums.of(id), 2).divide(quarterDays, 2, RoundingMode.HALF_EVEN);
                    Classification result = rules.classify(average, (BigDecimal) c[3], (LocalDate) c[1], (Education) c[2], q.end());
                    Segment before = (Segment) c[4];
                    if (result.segment() != before) {
                        changes.add(id, before, result.segment());
                    }
                    BigDecimal stored = (BigDecimal) c[6];
                    if (result.segment() != before || !q.toString().equals(c[5]) || stored == null || stored.compareTo(average) != 0
                            || result.potentialPremium() != (Boolean) c[7]) {
                        update.setString(1, result.segment().name());
                        update.setString(2, q.toString());
                        update.setBigDecimal(3, average);
                        update.setBoolean(4, result.potentialPremium()); // SMALLINT on Derby, BOOLEAN elsewhere: the driver converts
                        update.setString(5, id);
                        update.addBatch();
                    }
                    bySegment.merge(result.segment(), 1, Integer::sum);
                    potentialPremium += result.potentialPremium() ? 1 : 0;
                    customers++;
                    last = id;
                }
                update.executeBatch();
            }
        }
        // the history in one statement after the walk (the table function may not share the connection with it);
        // a first run, into an empty table, is a bulk load
        rowLoader.insert(db, SegmentChangeEntity.TABLE, CHANGE_COLUMNS, changes.rows(q.toString(), started, runId));
        int changed = changes.size();
        run = em.find(SegmentationRunEntity.class, runId);
        run.finishedAt = clock.millis();
        run.daysInQuarter = q.days();
        run.daysWithBalances = daysWithBalances;
        run.customers = customers;
        run.changed = changed;
        run.bySegment = bySegment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        run.potentialPremium = potentialPremium;
        return toRecord(run);
    }

    @Override
    public List<SegmentationRun> runs(int limit) {
        return tx.supports(() -> em.createQuery("SELECT r FROM SegmentationRunEntity r ORDER BY r.id DESC", SegmentationRunEntity.class)
                .setMaxResults(limit).getResultList().stream().map(JpaSegmentationService::toRecord).toList());
    }

    private byte[] packedDay(LocalDate day) {
        BalanceDayEntity packed = em.find(BalanceDayEntity.class, day);
        em.detach(packed); // a few MB: not kept in the persistence context
        return packed.data;
    }

    @Override
    public List<SegmentChange> history(String customerId, int limit, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's segment history");
        // limited here, not with setMaxResults, which makes EclipseLink prepare the query anew at
        // every execution: a customer has at most one change a quarter
        return tx.supports(() -> em.createQuery(
                "SELECT s FROM SegmentChangeEntity s WHERE s.customerId = :id ORDER BY s.id DESC", SegmentChangeEntity.class)
                .setParameter("id", customerId).getResultList().stream().limit(limit)
                .map(s -> new SegmentChange(s.customerId, s.from, s.to, s.quarter, Instant.ofEpochMilli(s.atMillis))).toList());
    }

    @Override
    public Entitlements entitlements(Segment segment) {
        return SegmentCatalogue.of(segment);
    }

    private static SegmentationRun toRecord(SegmentationRunEntity r) {
        Map<Segment, Integer> bySegment = new EnumMap<>(Segment.class);
        Arrays.stream(r.bySegment.split(",")).filter(s -> !s.isEmpty()).map(s -> s.split("="))
                .forEach(kv -> bySegment.put(Segment.valueOf(kv[0]), Integer.parseInt(kv[1])));
        return new SegmentationRun(r.id, r.quarter, Instant.ofEpochMilli(r.startedAt), Instant.ofEpochMilli(r.finishedAt),
                r.startedBy, r.daysInQuarter, r.daysWithBalances, r.customers, r.changed, bySegment, r.potentialPremium);
    }

    /** A run's segment changes until they are written: a first run changes every customer, a million at a branch. */
    private static final class Changes {

        private static final Segment[] SEGMENTS = Segment.values();

        private final List<String> customers = new ArrayList<>();
        private byte[] from = new byte[1024]; // ordinal + 1, 0 for none
        private byte[] to = new byte[1024];

        void add(String customer, Segment before, Segment after) {
            int i = customers.size();
            if (i == from.length) {
                from = Arrays.copyOf(from, i * 2);
                to = Arrays.copyOf(to, i * 2);
            }
            customers.add(customer);
            from[i] = (byte) (before == null ? 0 : before.ordinal() + 1);
            to[i] = (byte) (after.ordinal() + 1);
        }

        int size() {
            return customers.size();
        }

        /** History rows: customer, from, to, quarter, at, run ({@code CHANGE_COLUMNS}). */
        Iterator<Object[]> rows(String quarter, long at, long run) {
            return IntStream.range(0, customers.size()).mapToObj(i -> new Object[] { customers.get(i),
                    from[i] == 0 ? null : SEGMENTS[from[i] - 1].name(), SEGMENTS[to[i] - 1].name(), quarter, at, run }).iterator();
        }
    }
}
