package org.branchdesk.platform.admin.internal;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.platform.api.HealthNotice;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warnings of every registered {@link HealthNotice} (modules come and go), for the health
 * answer and the shell: what branch IT should know although the branch runs. A notice that fails
 * is logged and left out; it never makes health fail.
 */
@Component(service = HealthNotices.class)
public final class HealthNotices {

    private static final Logger LOG = LoggerFactory.getLogger(HealthNotices.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthNotice> notices;

    public List<String> warnings() {
        List<HealthNotice> current = notices;
        List<String> warnings = new ArrayList<>();
        if (current == null) {
            return warnings;
        }
        for (HealthNotice n : current) {
            try {
                warnings.addAll(n.warnings());
            } catch (RuntimeException e) {
                LOG.warn("A health notice ({}) failed: {}", n.getClass().getName(), e.toString());
            }
        }
        return warnings;
    }
}
