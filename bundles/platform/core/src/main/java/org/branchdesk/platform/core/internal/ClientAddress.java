package org.branchdesk.platform.core.internal;

import java.util.List;
import java.util.Set;

/**
 * The address a login is throttled by: the connection's peer, unless that peer is a configured
 * reverse proxy, whose {@code X-Forwarded-For} then names the client. The header is read from the
 * right: each trusted proxy appends the address it saw, so the rightmost address that is not a
 * trusted proxy is the one no client could forge.
 */
final class ClientAddress {

    /** Longer than any IPv6 text form (45): anything longer is cut, never stored whole. */
    static final int MAX = 64;

    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        String address = peer == null || peer.isBlank() ? "unknown" : peer.trim();
        if (forwardedFor != null && trustedProxies.contains(address)) {
            List<String> hops = List.of(forwardedFor.split(","));
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i).trim();
                if (hop.isEmpty()) {
                    break;
                }
                address = hop;
                if (!trustedProxies.contains(hop)) {
                    break;
                }
            }
        }
        address = address.replaceAll("[^0-9A-Za-z.:%_\\[\\]-]", "?");
        return address.length() > MAX ? address.substring(0, MAX) : address;
    }
}
