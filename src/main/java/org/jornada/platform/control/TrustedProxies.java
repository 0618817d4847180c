package org.jornada.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which address a request came from when a reverse proxy (TLS, a load balancer) stands in front:
 * without it every worker would be the proxy, one client for the rate limits, and a few would
 * spend everyone's budget. {@code JORNADA_TRUSTED_PROXIES} lists the proxies (addresses or CIDR
 * blocks, IPv4 or IPv6); from a listed proxy the client is the right-most address of
 * {@code X-Forwarded-For} that is not itself a listed proxy. From anywhere else the header is
 * ignored: a client cannot choose its own address. The address is only ever hashed for the
 * limits (RateLimits), never stored or logged.
 */
public final class TrustedProxies {

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** From {@code JORNADA_TRUSTED_PROXIES} (none when unset). */
    public static TrustedProxies fromSettings() {
        return parse(Settings.get("JORNADA_TRUSTED_PROXIES").orElse(""));
    }

    /** {@code "10.0.0.5, 172.28.0.0/24, fd00::/8"}; an entry that is not an address or block is an error. */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : list.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split("/", 2);
            byte[] network = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "JORNADA_TRUSTED_PROXIES: not an address: " + e));
            int bits = network.length * 8;
            if (parts.length == 2) {
                if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                    throw new IllegalArgumentException("JORNADA_TRUSTED_PROXIES: not a block: " + e);
                }
                bits = Integer.parseInt(parts[1]);
            }
            blocks.add(new Block(network, bits));
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The client's address: {@code remote} itself unless it is a trusted proxy; then the right-most
     * address in the {@code X-Forwarded-For} values (in header order) that is not a trusted proxy.
     */
    public String client(String remote, List<String> forwardedFor) {
        if (blocks.isEmpty() || !trusted(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            Optional<byte[]> address = literal(hop);
            if (address.isEmpty()) {
                return remote; // garbage where an address should be: the proxy is all we know
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private boolean trusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /** An IP literal's bytes, never a name lookup. */
    static Optional<byte[]> literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean v4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]{2,45}");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        if (v4) {
            for (String part : t.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
