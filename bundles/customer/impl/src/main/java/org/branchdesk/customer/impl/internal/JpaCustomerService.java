package org.branchdesk.customer.impl.internal;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.CustomerView;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.customer.api.ImportReport;
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

/**
 * Customers in the database, read under audit and masked per caller. The component checks who
 * may do what and hands the work to one collaborator per responsibility: {@link CustomerWrites}
 * (create, change), {@link CustomerReads} (masked, audited reads), {@link CustomerSearch} (search
 * and identification under a rate), {@link UnifiedView} and {@link CsvImport}.
 */
@Designate(ocd = CustomerConfig.class)
@Component(configurationPid = "org.branchdesk.customer")
public final class JpaCustomerService implements CustomerService {

    static final String UNIT = "(osgi.unit.name=branchdesk.customer)";

    private final TransactionControl tx;
    private final CustomerReads reads;
    private final CustomerWrites writes;
    private final CustomerSearch search;
    private final UnifiedView view;
    private final CsvImport imports;

    /** Sections contributed by any bundle; DS keeps the list sorted by ranking, lowest first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CustomerViewSection> sections;

    /** The configuration was checked by {@link CustomerConfigCheck}, with the rules the collaborators are made by. */
    @Activate
    public JpaCustomerService(@Reference TransactionControl tx, @Reference(target = UNIT) JPAEntityManagerProvider provider,
            @Reference AuditLog audit, @Reference StaffDirectory staff, @Reference RowLoader rowLoader, @Reference EventAdmin eventAdmin,
            CustomerConfig config) {
        this.tx = tx;
        EntityManager em = provider.getResource(tx);
        Masker masker = new Masker(config.fullIdNumberRoles(), config.fullPhoneRoles(), config.fullCardRoles());
        SearchLimits limits = SearchLimits.of(config);
        this.reads = new CustomerReads(em, audit, masker);
        AssignmentStore assignments = new AssignmentStore(em, rowLoader);
        AssignmentEvents events = new AssignmentEvents(tx, eventAdmin);
        this.writes = new CustomerWrites(tx, em, audit, staff, reads, assignments, events);
        this.search = new CustomerSearch(tx, em, audit, reads, limits, new SearchLimiter(limits, System::currentTimeMillis));
        this.view = new UnifiedView(tx, reads, staff, () -> sections);
        this.imports = new CsvImport(tx, em, staff, rowLoader, assignments, events);
    }

    @Override
    public Customer create(CustomerInput input, Caller caller) {
        caller.require(CustomerAccess.WRITE, "creating a customer");
        return writes.create(input, caller);
    }

    @Override
    public Customer update(String id, CustomerInput input, Caller caller) {
        caller.require(CustomerAccess.WRITE, "changing a customer");
        return writes.update(id, input, caller);
    }

    @Override
    public Customer get(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer");
        return tx.required(() -> reads.shown(reads.find(id), caller, "READ"));
    }

    @Override
    public List<Customer> search(String query, int limit, Caller caller) {
        caller.require(CustomerAccess.READ, "searching customers");
        return search.search(query, limit, caller);
    }

    @Override
    public Optional<Customer> identify(Identifier kind, String value, Caller caller) {
        caller.require(CustomerAccess.READ, "identifying a customer");
        return search.identify(kind, value, caller);
    }

    @Override
    public List<Holding> holdings(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's holdings");
        return tx.required(() -> reads.holdings(id, caller));
    }

    @Override
    public CustomerView view(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's view");
        return view.of(id, caller);
    }

    @Override
    public ImportReport importCustomers(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.customers(csv, caller);
    }

    @Override
    public ImportReport importHoldings(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.holdings(csv);
    }

    @Override
    public ImportReport importBalances(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.balances(csv);
    }
}
