package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.SegmentChange;
import org.branchdesk.customer.api.SegmentationRun;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.SegmentChangeEntity;
import org.branchdesk.customer.impl.internal.jpa.SegmentationRunEntity;
import org.branchdesk.customer.impl.internal.segmentation.Classification;
import org.branchdesk.customer.impl.internal.segmentation.Quarter;
import org.branchdesk.customer.impl.internal.segmentation.SegmentCatalogue;
import org.branchdesk.customer.impl.internal.segmentation.SegmentationRules;
import org.branchdesk.customer.impl.internal.segmentation.Thresholds;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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

    private static final int PAGE = 1000;

    private final TransactionControl tx;
    private final EntityManager em;
    private final SegmentationRules rules;
    private final Clock clock = Clock.systemDefaultZone();
    private final ReentrantLock running = new ReentrantLock();

    @Activate
    public JpaSegmentationService(@Reference TransactionControl tx,
            @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider, SegmentationConfig config) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.rules = new SegmentationRules(new Thresholds(new BigDecimal(config.privateMin()), new BigDecimal(config.highMin()),
                new BigDecimal(config.midMin()), new BigDecimal(config.massAffluentMin()), new BigDecimal(config.premiumMin()),
                config.potentialMinAge(), config.potentialMaxAge()));
    }

    @Override
    public SegmentationRun run(String quarter, Caller caller) {
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
        try {
            return tx.required(() -> classifyAll(q, caller));
        } finally {
            running.unlock();
        }
    }

    private SegmentationRun classifyAll(Quarter q, Caller caller) {
        long started = clock.millis();
        Map<String, BigDecimal> sums = new HashMap<>();
        em.createQuery("SELECT b.customerId, SUM(b.balance) FROM BalanceEntity b WHERE b.day BETWEEN :s AND :e GROUP BY b.customerId",
                Object[].class).setParameter("s", q.start()).setParameter("e", q.end()).getResultList()
                .forEach(row -> sums.put((String) row[0], (BigDecimal) row[1]));
        int daysWithBalances = ((Number) em.createQuery(
                "SELECT COUNT(DISTINCT b.day) FROM BalanceEntity b WHERE b.day BETWEEN :s AND :e").setParameter("s", q.start())
                .setParameter("e", q.end()).getSingleResult()).intValue();

        SegmentationRunEntity run = new SegmentationRunEntity();
        run.quarter = q.toString();
        run.startedAt = started;
        run.startedBy = caller.username();
        run.bySegment = "";
        em.persist(run);
        em.flush();
        long runId = run.id;

        BigDecimal days = BigDecimal.valueOf(q.days());
        Map<Segment, Integer> bySegment = new EnumMap<>(Segment.class);
        int customers = 0;
        int changed = 0;
        int potentialPremium = 0;
        String last = "";
        for (;;) {
            List<CustomerEntity> page = em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id > :last ORDER BY c.id",
                    CustomerEntity.class).setParameter("last", last).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (CustomerEntity c : page) {
                BigDecimal average = sums.getOrDefault(c.id, BigDecimal.ZERO).divide(days, 2, RoundingMode.HALF_EVEN);
                Classification result = rules.classify(average, c.otherBankAssets, c.birthDate, c.education, q.end());
                if (result.segment() != c.segment) {
                    SegmentChangeEntity change = new SegmentChangeEntity();
                    change.customerId = c.id;
                    change.from = c.segment;
                    change.to = result.segment();
                    change.quarter = q.toString();
                    change.atMillis = started;
                    change.runId = runId;
                    em.persist(change);
                    changed++;
                }
                c.segment = result.segment();
                c.segmentQuarter = q.toString();
                c.averageAssets = average;
                c.potentialPremium = result.potentialPremium();
                bySegment.merge(result.segment(), 1, Integer::sum);
                potentialPremium += result.potentialPremium() ? 1 : 0;
                customers++;
                last = c.id;
            }
            // keep memory flat however many customers there are
            em.flush();
            em.clear();
        }
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

    @Override
    public List<SegmentChange> history(String customerId, int limit) {
        return tx.supports(() -> em.createQuery(
                "SELECT s FROM SegmentChangeEntity s WHERE s.customerId = :id ORDER BY s.id DESC", SegmentChangeEntity.class)
                .setParameter("id", customerId).setMaxResults(limit).getResultList().stream()
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
}
