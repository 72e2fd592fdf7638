package org.branchdesk.customer.segmenthistory.internal;

import java.util.Optional;

import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.customer.api.ViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** "Recent segment changes": the customer's last segment changes, newest first. */
@Component
@ServiceRanking(100)
public final class SegmentHistorySection implements CustomerViewSection {

    static final int SHOWN = 5;

    private final SegmentationService segmentation;

    @Activate
    public SegmentHistorySection(@Reference SegmentationService segmentation) {
        this.segmentation = segmentation;
    }

    @Override
    public String id() {
        return "segment-history";
    }

    @Override
    public String title() {
        return "Recent segment changes";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        return Optional.of(segmentation.history(context.customer().id(), SHOWN, context.caller()));
    }
}
