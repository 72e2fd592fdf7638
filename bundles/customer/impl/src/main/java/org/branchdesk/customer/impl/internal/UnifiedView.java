package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerView;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.customer.api.ViewSection;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.segmentation.SegmentCatalogue;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unified customer view: the customer as the caller may see them, their segment's
 * entitlements, manager and holdings, read and audited in one transaction; then the sections
 * other bundles contribute, highest ranking first.
 */
final class UnifiedView {

    private static final Logger LOG = LoggerFactory.getLogger(UnifiedView.class);

    private final TransactionControl tx;
    private final CustomerReads reads;
    private final StaffDirectory staff;
    private final Supplier<List<CustomerViewSection>> sections;

    /** @param sections the bound sections, lowest ranking first (as DS keeps them) */
    UnifiedView(TransactionControl tx, CustomerReads reads, StaffDirectory staff, Supplier<List<CustomerViewSection>> sections) {
        this.tx = tx;
        this.reads = reads;
        this.staff = staff;
        this.sections = sections;
    }

    CustomerView of(String id, Caller caller) {
        CustomerView withoutSections = tx.required(() -> {
            CustomerEntity e = reads.find(id);
            Customer shown = reads.shown(e, caller, "VIEW");
            List<Holding> holdings = reads.holdingsOf(id);
            BigDecimal assets = sum(holdings, true);
            BigDecimal liabilities = sum(holdings, false);
            Staff manager = e.manager == null ? null : staff.find(e.manager).orElse(null);
            return new CustomerView(shown, e.segment != null && e.segment.premium(),
                    e.segment == null ? null : SegmentCatalogue.of(e.segment), manager, holdings, assets, liabilities, List.of());
        });
        // Sections run after the audited read has committed: one that fails cannot undo it.
        List<ViewSection> contributed = contributions(new ViewContext(withoutSections.customer(), caller));
        return new CustomerView(withoutSections.customer(), withoutSections.premium(), withoutSections.entitlements(),
                withoutSections.manager(), withoutSections.holdings(), withoutSections.totalAssets(),
                withoutSections.totalLiabilities(), contributed);
    }

    private List<ViewSection> contributions(ViewContext context) {
        List<CustomerViewSection> bound = sections.get();
        if (bound == null || bound.isEmpty()) {
            return List.of();
        }
        List<CustomerViewSection> highestFirst = new ArrayList<>(bound);
        Collections.reverse(highestFirst);
        List<ViewSection> result = new ArrayList<>(highestFirst.size());
        for (CustomerViewSection section : highestFirst) {
            try {
                Optional<Object> content = section.contribute(context);
                content.ifPresent(c -> result.add(new ViewSection(section.id(), section.title(), c)));
            } catch (RuntimeException e) {
                LOG.warn("View section {} failed for customer {} and is left out", section.getClass().getName(),
                        context.customer().id(), e);
            }
        }
        return result;
    }

    private static BigDecimal sum(List<Holding> holdings, boolean assets) {
        return holdings.stream().filter(h -> h.category().asset() == assets).map(Holding::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
