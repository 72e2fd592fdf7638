package org.branchdesk.marketing.api;

import java.util.Map;

/** A campaign's funnel, in all and per manager (the manager who owned the customer at launch). */
public record Funnel(long campaignId, FunnelCounts total, Map<String, FunnelCounts> byManager) {
}
