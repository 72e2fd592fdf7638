package org.branchdesk.customer.impl.internal;

import java.io.Reader;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.impl.internal.csv.BalanceRow;
import org.branchdesk.customer.impl.internal.csv.CsvFiles;
import org.branchdesk.customer.impl.internal.csv.CustomerRow;
import org.branchdesk.customer.impl.internal.csv.HoldingRow;
import org.branchdesk.platform.persistence.RowLoader;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Imports the three CSV files: each is read and its rows checked ({@link CsvFiles}), checked
 * against what is stored ({@link ImportChecks}) and written ({@link CustomerLoad},
 * {@link HoldingLoad}, {@link BalanceLoad}). Each file is written in one transaction: a file
 * imports completely or not at all. A later file is checked whole before anything is written; a
 * branch's first load into empty tables is written as it is read and checked, on a second thread
 * ({@link ReadAhead}), and rolled back if the file turns out bad.
 */
final class CsvImport {

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final CustomerLoad customers;
    private final HoldingLoad holdings;
    private final AssignmentEvents events;
    private final Clock clock = Clock.systemUTC();

    CsvImport(TransactionControl tx, EntityManager em, StaffDirectory staff, RowLoader rowLoader, AssignmentStore assignments,
            AssignmentEvents events) {
        this.tx = tx;
        this.em = em;
        this.staff = staff;
        this.customers = new CustomerLoad(rowLoader, assignments);
        this.holdings = new HoldingLoad(rowLoader);
        this.events = events;
    }

    /**
     * The customers file; its {@code manager} column goes through assignments (rule IMPORT,
     * decided by the importer). A later file announces each change of manager after it commits; a
     * first load announces none (it is the branch's starting point, not a change).
     */
    ImportReport customers(Reader csv, Caller caller) {
        Set<String> managers = staff.withRole(Role.CUSTOMER_MANAGER).stream().map(Staff::username).collect(Collectors.toSet());
        return tx.required(() -> {
            Connection db = Jdbc.connection(em);
            ImportErrors errors = new ImportErrors();
            long now = clock.millis();
            if (CustomerLoad.isFirst(db)) {
                CustomerLoad.FirstLoad load = customers.first(db, now, caller.username());
                long added;
                try (ReadAhead<CustomerRow> rows = new ReadAhead<>("branchdesk-import-customers", each -> CsvFiles.customers(csv, each))) {
                    added = load.customers(rows, row -> ImportChecks.manager(row, managers, errors));
                    rows.finish();
                }
                errors.failIfAny();
                load.complete();
                return new ImportReport("customers", (int) added, (int) added, 0);
            }
            List<CustomerRow> rows = CsvFiles.customers(csv);
            Map<String, CustomerLoad.Stored> existing = CustomerLoad.stored(db, rows);
            ImportChecks.documents(db, rows, errors);
            ImportChecks.cards(db, rows, errors);
            rows.forEach(row -> ImportChecks.manager(row, managers, errors));
            errors.failIfAny();
            List<AssignmentStore.Move> moved = new ArrayList<>();
            int added = customers.merge(db, rows, existing, now, caller.username(), moved);
            Map<String, Long> ids = AssignmentStore.openIds(db, Allocation.customers(moved));
            events.assignedAfterCommit(moved.stream().map(m -> new Assignment(ids.getOrDefault(m.customerId(), 0L), m.customerId(),
                    m.manager(), m.previousManager(), Instant.ofEpochMilli(now), null, m.reason(), m.rule(), caller.username(), null))
                    .toList());
            return new ImportReport("customers", rows.size(), added, rows.size() - added);
        });
    }

    ImportReport holdings(Reader csv) {
        return tx.required(() -> {
            Connection db = Jdbc.connection(em);
            ImportErrors errors = new ImportErrors();
            if (HoldingLoad.isFirst(db)) {
                try (ReadAhead<HoldingRow> rows = new ReadAhead<>("branchdesk-import-holdings", each -> CsvFiles.holdings(csv, each))) {
                    Set<String> known = ImportChecks.allCustomers(db);
                    long added = holdings.first(db, rows, row -> {
                        if (known.contains(row.customerId())) {
                            return true;
                        }
                        ImportChecks.unknownCustomer(row.customerId(), row.line(), errors);
                        return false;
                    });
                    rows.finish();
                    errors.failIfAny();
                    return new ImportReport("holdings", (int) added, (int) added, 0);
                }
            }
            List<HoldingRow> rows = CsvFiles.holdings(csv);
            ImportChecks.customersKnown(db, rows, HoldingRow::customerId, HoldingRow::line, errors);
            errors.failIfAny();
            int added = holdings.merge(db, rows, LocalDate.now());
            return new ImportReport("holdings", rows.size(), added, rows.size() - added);
        });
    }

    ImportReport balances(Reader csv) {
        List<BalanceRow> rows = CsvFiles.balances(csv);
        return tx.required(() -> {
            ImportErrors errors = new ImportErrors();
            ImportChecks.customersKnown(Jdbc.connection(em), rows, BalanceRow::customerId, BalanceRow::line, errors);
            errors.failIfAny();
            int created = BalanceLoad.merge(em, rows);
            return new ImportReport("balances", rows.size(), created, rows.size() - created);
        });
    }
}
