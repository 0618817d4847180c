package org.jornada.platform.boot;

import java.util.List;
import java.util.Map;

/**
 * How a node with {@code JORNADA_CLUSTER=true} finds the others (docs/deployment.md, "Two or
 * more nodes"): the environment turned into Payara Micro's own data-grid options, each one left
 * alone when the command line already gives it.
 * <ul>
 * <li>{@code JORNADA_CLUSTER_MEMBERS=10.0.0.1:6900,10.0.0.2:6900}: a fixed member list (TCP/IP),
 * the choice for a pair of servers; {@code JORNADA_CLUSTER_DNS=jornada-grid.default.svc:6900}: the
 * members are the addresses a DNS name resolves to (a Kubernetes headless service). With neither,
 * Payara's default, multicast, which most clouds drop.</li>
 * <li>{@code JORNADA_CLUSTER_NAME} (default {@code jornada}): nodes join only a cluster of the same
 * name, so a test cluster on the same network never joins production.</li>
 * <li>{@code JORNADA_CLUSTER_PORT} (default 6900): the first port the data grid tries.</li>
 * <li>{@code JORNADA_CLUSTER_INTERFACES}: the interfaces it listens on (e.g. {@code 10.0.0.*});
 * {@code JORNADA_CLUSTER_PUBLIC_ADDRESS}: the address other nodes reach this one by, behind NAT
 * or in a container.</li>
 * <li>{@code JORNADA_NODE_NAME}: this node's name in the cluster and the logs.</li>
 * </ul>
 */
final class ClusterOptions {

    private ClusterOptions() {
    }

    static void add(List<String> options, Map<String, String> env) {
        String members = value(env, "JORNADA_CLUSTER_MEMBERS");
        String dns = value(env, "JORNADA_CLUSTER_DNS");
        if (!Launcher.has(options, "--clustermode")) {
            if (members != null) {
                add(options, "--clustermode", "tcpip:" + members.replace(" ", ""));
            } else if (dns != null) {
                add(options, "--clustermode", "dns:" + dns);
            }
        }
        addUnlessGiven(options, "--clustername", env.getOrDefault("JORNADA_CLUSTER_NAME", "jornada").strip());
        addUnlessGiven(options, "--startport", value(env, "JORNADA_CLUSTER_PORT") == null ? "6900"
                : value(env, "JORNADA_CLUSTER_PORT"));
        addUnlessGiven(options, "--interfaces", value(env, "JORNADA_CLUSTER_INTERFACES"));
        addUnlessGiven(options, "--hzpublicaddress", value(env, "JORNADA_CLUSTER_PUBLIC_ADDRESS"));
        addUnlessGiven(options, "--name", value(env, "JORNADA_NODE_NAME"));
    }

    private static void addUnlessGiven(List<String> options, String name, String value) {
        if (value != null && !value.isEmpty() && !Launcher.has(options, name)) {
            add(options, name, value);
        }
    }

    private static void add(List<String> options, String name, String value) {
        options.add(name);
        options.add(value);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
