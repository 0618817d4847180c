package org.jornada.platform.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void nativeHeapTrimmingIsAskedOnlyOfJvmsThatKnowTheOption() {
        assertTrue(Launcher.canTrimNativeHeap(Runtime.Version.parse("17.0.15+6")));
        assertTrue(Launcher.canTrimNativeHeap(Runtime.Version.parse("17.0.9")));
        assertFalse(Launcher.canTrimNativeHeap(Runtime.Version.parse("17.0.8")), "an unknown option would stop the JVM");
        assertFalse(Launcher.canTrimNativeHeap(Runtime.Version.parse("21")));
        assertTrue(Launcher.canTrimNativeHeap(Runtime.Version.parse("21.0.1")));
        assertFalse(Launcher.canTrimNativeHeap(Runtime.Version.parse("19.0.2")));
        assertTrue(Launcher.canTrimNativeHeap(Runtime.Version.parse("25")));
    }

    @Test
    void aClusterNodeGetsPayarasOptionsFromTheEnvironmentAndTheCommandLineWins() {
        List<String> options = new ArrayList<>(List.of("--clustername", "mine"));
        ClusterOptions.add(options, Map.of("JORNADA_CLUSTER_MEMBERS", "10.0.0.1:6900, 10.0.0.2:6900",
                "JORNADA_CLUSTER_NAME", "ignored", "JORNADA_NODE_NAME", "a"));
        assertEquals(List.of("--clustername", "mine", "--clustermode", "tcpip:10.0.0.1:6900,10.0.0.2:6900",
                "--startport", "6900", "--name", "a"), options);
        List<String> dns = new ArrayList<>();
        ClusterOptions.add(dns, Map.of("JORNADA_CLUSTER_DNS", "grid.ns.svc:6900", "JORNADA_CLUSTER_PORT", "7000"));
        assertEquals(List.of("--clustermode", "dns:grid.ns.svc:6900", "--clustername", "jornada", "--startport", "7000"),
                dns);
    }
}
