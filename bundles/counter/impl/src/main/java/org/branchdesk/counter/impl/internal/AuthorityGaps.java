package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.counter.api.AuthorityGap;
import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where four eyes are impossible: for each band of the policy that needs approval, the active
 * staff who hold its level with a limit covering the band's lower bound; a gap when fewer than
 * two of them (or fewer than the band's approvals). A maker may not approve his own request, so
 * one authoriser is not enough even when they never make requests.
 */
@Component(service = AuthorityGaps.class)
public final class AuthorityGaps {

    private final StaffDirectory staff;
    private final AuthorisationPolicy policy;

    @Activate
    public AuthorityGaps(@Reference StaffDirectory staff, @Reference AuthorisationPolicy policy) {
        this.staff = staff;
        this.policy = policy;
    }

    public List<AuthorityGap> gaps() {
        Map<Role, List<Staff>> byRole = new HashMap<>();
        List<AuthorityGap> gaps = new ArrayList<>();
        for (Map.Entry<String, Requirement> band : policy.bands()) {
            Requirement r = band.getValue();
            if (r.level() == AuthorityLevel.NONE) {
                continue;
            }
            Map<String, Staff> able = new HashMap<>();
            for (Role role : r.level().roles()) {
                for (Staff s : byRole.computeIfAbsent(role, staff::withRole)) {
                    BigDecimal limit = policy.limit(s.username(), s.roles(), r.level());
                    if (s.active() && (limit == null || limit.compareTo(r.bandFrom()) >= 0)) {
                        able.put(s.username(), s);
                    }
                }
            }
            int needed = Math.max(2, r.approvals());
            if (able.size() < needed) {
                gaps.add(new AuthorityGap(band.getKey(), r.bandFrom(), r.level(), able.size(), needed));
            }
        }
        return gaps;
    }
}
