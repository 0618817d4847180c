package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("172.28.0.10, 10.1.0.0/16, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        TrustedProxies none = TrustedProxies.parse("");
        assertTrue(none.isEmpty());
        assertEquals("172.28.0.10", none.client("172.28.0.10", List.of("203.0.113.7")));
    }

    @Test
    void fromATrustedProxyTheClientIsTheRightMostUntrustedHop() {
        assertEquals("203.0.113.7", proxies.client("172.28.0.10", List.of("203.0.113.7")));
        // the client wrote its own X-Forwarded-For: the proxy appended the real address after it
        assertEquals("198.51.100.4", proxies.client("172.28.0.10", List.of("1.2.3.4, 198.51.100.4")));
        // two proxies in a row, both trusted (the second in a block)
        assertEquals("198.51.100.4", proxies.client("172.28.0.10", List.of("198.51.100.4", "10.1.2.3")));
        assertEquals("2001:db8::1", TrustedProxies.parse("fd00::/8").client("fd12::1", List.of("2001:db8::1")));
    }

    @Test
    void fromAnyoneElseTheHeaderIsNotBelieved() {
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", List.of("8.8.8.8")));
        assertEquals("10.2.0.1", proxies.client("10.2.0.1", List.of("8.8.8.8")), "10.2 is outside 10.1.0.0/16");
    }

    @Test
    void garbageOrNothingForwardedLeavesTheProxyAsTheClient() {
        assertEquals("172.28.0.10", proxies.client("172.28.0.10", List.of()));
        assertEquals("172.28.0.10", proxies.client("172.28.0.10", List.of("evil.example.org")));
        assertEquals("172.28.0.10", proxies.client("172.28.0.10", List.of("999.1.1.1")));
    }

    @Test
    void aListEntryThatIsNoAddressIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.local"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }
}
