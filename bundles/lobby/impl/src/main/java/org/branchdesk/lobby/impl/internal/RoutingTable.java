package org.branchdesk.lobby.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.platform.api.BranchTier;

/**
 * The configurable routing table: lines of {@code WHO PURPOSE TIER = POINT PRIORITY MODE}, first
 * match wins. WHO is {@code PREMIUM}, {@code POTENTIAL_PREMIUM} (below premium here, premium with
 * other banks), {@code OTHER} or {@code ANY}; PURPOSE a {@link VisitPurpose} or {@code ANY}; TIER a
 * {@link BranchTier} or {@code ANY}; then the {@link ServicePoint}, the {@link Priority} and the
 * {@link GuidanceMode}. The default table is the default of {@link LobbyConfig#rules()}.
 */
final class RoutingTable {

    private record Line(String who, VisitPurpose purpose, BranchTier tier, Guidance guidance) {
        boolean matches(RoutingContext c) {
            boolean whoMatches = switch (who) {
                case "ANY" -> true;
                case "PREMIUM" -> c.premium();
                case "POTENTIAL_PREMIUM" -> !c.premium() && c.potentialPremium();
                default -> !c.premium() && !c.potentialPremium(); // OTHER
            };
            return whoMatches && (purpose == null || purpose == c.purpose()) && (tier == null || tier == c.tier());
        }
    }

    private final List<Line> lines;

    /** @throws IllegalArgumentException naming the bad line */
    RoutingTable(String[] rules) {
        List<Line> parsed = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            parsed.add(parse(rules[i], i + 1));
        }
        this.lines = List.copyOf(parsed);
    }

    Optional<Guidance> route(RoutingContext context) {
        return lines.stream().filter(l -> l.matches(context)).map(Line::guidance).findFirst();
    }

    private static Line parse(String rule, int number) {
        String[] sides = rule.split("=");
        String[] when = sides.length == 2 ? sides[0].trim().split("\\s+") : new String[0];
        String[] then = sides.length == 2 ? sides[1].trim().split("\\s+") : new String[0];
        if (when.length != 3 || then.length != 3) {
            throw new IllegalArgumentException("routing rule " + number + " '" + rule
                    + "' is not 'WHO PURPOSE TIER = POINT PRIORITY MODE'");
        }
        try {
            String who = when[0].toUpperCase(Locale.ROOT);
            if (!List.of("ANY", "PREMIUM", "POTENTIAL_PREMIUM", "OTHER").contains(who)) {
                throw new IllegalArgumentException("WHO must be ANY, PREMIUM, POTENTIAL_PREMIUM or OTHER");
            }
            VisitPurpose purpose = any(when[1]) ? null : VisitPurpose.valueOf(when[1].toUpperCase(Locale.ROOT));
            BranchTier tier = any(when[2]) ? null : BranchTier.parse(when[2]);
            Guidance guidance = new Guidance(ServicePoint.valueOf(then[0].toUpperCase(Locale.ROOT)),
                    Priority.valueOf(then[1].toUpperCase(Locale.ROOT)), GuidanceMode.valueOf(then[2].toUpperCase(Locale.ROOT)),
                    "table line " + number + ": " + rule.trim());
            return new Line(who, purpose, tier, guidance);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("routing rule " + number + " '" + rule + "': " + e.getMessage(), e);
        }
    }

    private static boolean any(String s) {
        return "ANY".equalsIgnoreCase(s);
    }
}
