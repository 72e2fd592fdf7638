package org.branchdesk.bench.write;

import java.util.EnumSet;
import java.util.Set;

import javax.persistence.EntityManager;

import org.branchdesk.bench.write.jpa.BenchWriteEntity;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The write: one row inserted and committed in a transaction of its own, on the unit
 * {@code branchdesk.bench} that the platform connects to the branch's database, as every
 * module's unit. The caller is checked here, as every service checks it.
 */
@Component(service = BenchWrites.class)
public final class BenchWrites {

    /** Any member of staff: the check is the one every service makes, with every role allowed. */
    static final Set<Role> STAFF = EnumSet.allOf(Role.class);

    private final TransactionControl tx;
    private final EntityManager em;

    @Activate
    public BenchWrites(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.bench)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    /** Inserts one row for the caller and commits it; returns its key once committed. */
    public long write(Caller caller) {
        caller.require(STAFF, "a bench write");
        long at = System.currentTimeMillis();
        return tx.required(() -> {
            BenchWriteEntity row = new BenchWriteEntity();
            row.at = at;
            row.writtenBy = caller.username();
            em.persist(row);
            em.flush();
            return row.id;
        });
    }
}
