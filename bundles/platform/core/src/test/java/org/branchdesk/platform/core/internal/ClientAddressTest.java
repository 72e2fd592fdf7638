package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;

public class ClientAddressTest {

    @Test
    public void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "10.0.0.1", Set.of()));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "10.0.0.1", Set.of("127.0.0.1")));
        assertEquals("10.0.0.1", ClientAddress.of("127.0.0.1", "10.0.0.1", Set.of("127.0.0.1")));
    }

    @Test
    public void theRightmostUntrustedHopIsTheClient() {
        Set<String> proxies = Set.of("127.0.0.1", "192.168.1.2");
        // the client wrote 1.2.3.4 itself: only the hop the proxies saw counts
        assertEquals("198.51.100.9", ClientAddress.of("127.0.0.1", "1.2.3.4, 198.51.100.9, 192.168.1.2", proxies));
        assertEquals("192.168.1.2", ClientAddress.of("127.0.0.1", "192.168.1.2", proxies));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "", proxies));
    }

    @Test
    public void oddValuesAreNeutralisedAndCut() {
        assertEquals("unknown", ClientAddress.of(null, null, Set.of()));
        assertEquals("a?b", ClientAddress.of("127.0.0.1", "a\nb", Set.of("127.0.0.1")));
        assertEquals(ClientAddress.MAX, ClientAddress.of("127.0.0.1", "x".repeat(500), Set.of("127.0.0.1")).length());
        assertEquals("[::1]", ClientAddress.of("[::1]", null, Set.of()));
    }
}
