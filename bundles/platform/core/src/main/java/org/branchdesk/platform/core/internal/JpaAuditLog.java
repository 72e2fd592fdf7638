package org.branchdesk.platform.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditEntry;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionContext;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: {@link #record} appends each entry to the {@link AuditJournal} in the data
 * directory, and a background thread copies the journal into {@code BD_AUDIT}, where entries are
 * inserted and selected, never updated or deleted. A query first copies whatever is left, so an
 * auditor always sees every entry recorded before the query.
 * <p>
 * How soon an entry reaches the disk is {@link AuditConfig#sync}: before the data it records is
 * shown (the default), or every {@value #SYNC_EVERY_MS} ms. A sync on every read's path holds a
 * read near a third of the stack's own ceiling on the 2-core bench machine (docs/benchmarks.md);
 * the periodic sync loses nothing when the runtime crashes, since the appended entries are
 * already in the operating system's hands.
 */
@Designate(ocd = AuditConfig.class)
@Component(configurationPid = "org.branchdesk.audit")
public final class JpaAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditLog.class);

    static final int DETAIL_MAX = 1000;
    static final int ACTION_MAX = 32;
    static final int LIMIT_MAX = 1000;
    static final int BATCH = 1000;
    static final long ROLL_BYTES = 64L << 20;
    static final long COPY_EVERY_MS = 250;
    static final long SYNC_EVERY_MS = 250;

    private static final String INSERT = "INSERT INTO " + AuditEntity.TABLE + " (" + AuditEntity.AT_MILLIS + ", " + AuditEntity.ACTOR
            + ", " + AuditEntity.CUSTOMER_ID + ", " + AuditEntity.ACTION + ", " + AuditEntity.DETAIL + ") VALUES (?, ?, ?, ?, ?)";

    /** Key of the scope's last entry number, in the scope's values. */
    private static final Object PENDING = new Object();

    private final TransactionControl tx;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();
    private final AuditJournal journal;
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "branchdesk-audit-journal");
        t.setDaemon(true);
        return t;
    });
    /** This runtime's journal's row in BD_AUDIT_JOURNAL: each runtime on a shared database copies its own journal. */
    private final int journalId;
    private final Object copying = new Object();
    private AuditJournal.Position copied; // guarded by copying
    private volatile boolean syncEveryEntry;
    private final AtomicBoolean failureLogged = new AtomicBoolean(); // the journal's failure is final: log it once
    private boolean copyFailing; // only on the copy task's thread

    @Activate
    public JpaAuditLog(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider,
            BundleContext context, AuditConfig config) throws IOException {
        this.tx = tx;
        modified(config);
        this.em = provider.getResource(tx);
        String data = context.getProperty("branchdesk.data");
        Path audit = Path.of(data == null ? "data" : data, "audit").toAbsolutePath();
        this.journalId = journalId(audit);
        AuditCopiedEntity stored = tx.required(() -> em.find(AuditCopiedEntity.class, journalId));
        this.journal = AuditJournal.open(audit,
                stored == null ? 1 : stored.file, ROLL_BYTES);
        this.copied = startOfCopy(stored);
        background.scheduleWithFixedDelay(this::copyQuietly, COPY_EVERY_MS, COPY_EVERY_MS, TimeUnit.MILLISECONDS);
        background.scheduleAtFixedRate(this::syncQuietly, SYNC_EVERY_MS, SYNC_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    @Modified
    void modified(AuditConfig config) {
        syncEveryEntry = config.sync() == AuditConfig.Sync.EVERY_ENTRY;
    }

    /**
     * The journal's id, kept in {@code audit/journal.id} beside it: 1 for a journal an earlier build
     * wrote (its row has always been 1), otherwise a random one, so that several runtimes on one
     * database each keep their own copy position and never resume from, or delete by, another's.
     */
    private static int journalId(Path audit) throws IOException {
        Path file = audit.resolve("journal.id");
        if (Files.exists(file)) {
            return Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).trim());
        }
        Files.createDirectories(audit);
        boolean earlier;
        try (Stream<Path> files = Files.list(audit)) {
            earlier = files.anyMatch(p -> p.getFileName().toString().startsWith("journal-"));
        }
        int id = earlier ? AuditCopiedEntity.ID : 2 + new SecureRandom().nextInt(Integer.MAX_VALUE - 2);
        Path written = Files.writeString(audit.resolve("journal.id.new"), id + "\n", StandardCharsets.US_ASCII);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** Where copying resumes: after the stored position, unless the journal no longer reaches it. */
    private AuditJournal.Position startOfCopy(AuditCopiedEntity stored) throws IOException {
        AuditJournal.Position end = journal.end();
        if (stored == null) {
            return new AuditJournal.Position(journal.firstFile(), 0);
        }
        AuditJournal.Position from = new AuditJournal.Position(stored.file, stored.offset);
        if (from.file() > end.file() || from.file() == end.file() && from.offset() > end.offset()) {
            LOG.warn("The audit journal ends before byte {} of journal-{}.log, which the database has already copied:"
                    + " it was replaced or cut, and is copied again from its start", from.offset(), from.file());
            return new AuditJournal.Position(journal.firstFile(), 0);
        }
        journal.deleteBefore(from.file());
        return from;
    }

    @Deactivate
    void deactivate() throws IOException {
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
            copy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            // the journal keeps the entries: the next start copies them
            LOG.warn("Audit entries left in the journal for the next start: {}", e.toString());
        } finally {
            journal.close();
        }
    }

    @Override
    public void record(Caller actor, String customerId, String action, String detail) {
        // a programming error in the calling module; fail its transaction with a clear message
        if (actor == null || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor and an action");
        }
        if (action.length() > ACTION_MAX) {
            throw new IllegalArgumentException("audit action '" + action + "' is longer than " + ACTION_MAX + " characters");
        }
        // the detail is free text from the caller: keep the entry rather than fail the read it records
        String kept = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        long number;
        try {
            number = journal.append(new AuditJournal.Entry(clock.millis(), actor.username(), customerId, action, kept));
        } catch (IOException e) {
            throw journalFailed(e);
        }
        if (!syncEveryEntry) {
            return; // forced within SYNC_EVERY_MS
        }
        TransactionContext scope = tx.getCurrentContext();
        if (scope == null) {
            awaitDurable(number);
            return;
        }
        // in a scope: one wait for all its entries, before it completes and its results are returned
        if (scope.getScopedValue(PENDING) == null) {
            scope.preCompletion(() -> awaitDurable((Long) scope.getScopedValue(PENDING)));
        }
        scope.putScopedValue(PENDING, number);
    }

    private void awaitDurable(long number) {
        try {
            journal.awaitDurable(number);
        } catch (IOException e) {
            throw journalFailed(e);
        }
    }

    /** No audit entry, no data: the caller's scope fails and nothing is shown. */
    private UncheckedIOException journalFailed(IOException e) {
        logFailure(e);
        return new UncheckedIOException("the audit journal cannot be written", e);
    }

    /** Once, not at every refused read: the journal takes no entries until a restart. */
    private void logFailure(IOException e) {
        if (failureLogged.compareAndSet(false, true)) {
            LOG.error("The audit journal cannot be written; reads are refused until a restart", e);
        }
    }

    private void syncQuietly() {
        try {
            journal.awaitDurable();
        } catch (IOException e) {
            logFailure(e);
        }
    }

    private void copyQuietly() {
        try {
            copy();
            if (copyFailing) {
                copyFailing = false;
                LOG.info("Audit entries are copied from the journal to the database again");
            }
        } catch (RuntimeException | IOException e) {
            if (!copyFailing) { // once per failure, not every COPY_EVERY_MS: the entries wait in the journal
                copyFailing = true;
                LOG.error("Audit entries cannot be copied from the journal to the database; retrying", e);
            }
        }
    }

    /** Forces the journal, then copies it into the database up to its end, a batch per transaction. */
    private void copy() throws IOException {
        journal.awaitDurable();
        synchronized (copying) {
            while (true) {
                AuditJournal.Batch batch = journal.read(copied, BATCH);
                if (batch.next().equals(copied)) {
                    return;
                }
                tx.requiresNew(() -> {
                    // one statement per entry, in journal order: the generated id follows it (a unit of
                    // work's persist would insert new entities in no particular order)
                    Query insert = em.createNativeQuery(INSERT);
                    for (AuditJournal.Entry entry : batch.entries()) {
                        insert.setParameter(1, entry.at()).setParameter(2, entry.actor()).setParameter(3, entry.customerId())
                                .setParameter(4, entry.action()).setParameter(5, entry.detail()).executeUpdate();
                    }
                    AuditCopiedEntity position = em.find(AuditCopiedEntity.class, journalId);
                    if (position == null) {
                        position = new AuditCopiedEntity();
                        position.id = journalId;
                        em.persist(position);
                    }
                    position.file = batch.next().file();
                    position.offset = batch.next().offset();
                    return null;
                });
                if (batch.next().file() > copied.file()) {
                    journal.deleteBefore(batch.next().file());
                }
                copied = batch.next();
            }
        }
    }

    @Override
    public List<AuditEntry> query(String actor, String customerId, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException("limit", "must be between 1 and " + LIMIT_MAX);
        }
        try {
            copy();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit journal cannot be read", e);
        }
        return tx.supports(() -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<AuditEntity> q = cb.createQuery(AuditEntity.class);
            Root<AuditEntity> a = q.from(AuditEntity.class);
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.equal(a.get("actor"), actor));
            }
            if (customerId != null) {
                where.add(cb.equal(a.get("customerId"), customerId));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(a.<Long>get("at"), from.toEpochMilli()));
            }
            if (to != null) {
                where.add(cb.lessThan(a.<Long>get("at"), to.toEpochMilli()));
            }
            // the id follows insertion order, unlike a clock that may be set back
            q.select(a).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("id")));
            return em.createQuery(q).setMaxResults(limit).getResultList().stream()
                    .map(e -> new AuditEntry(e.id, Instant.ofEpochMilli(e.at), e.actor, e.customerId, e.action, e.detail))
                    .toList();
        });
    }
}
