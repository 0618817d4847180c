package org.jornada.platform.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * Main class of {@code target/jornada.jar}: turns the environment into Payara Micro options and
 * hands over to Payara Micro, which still accepts all of its own options ({@code --port},
 * {@code --nocluster}, ...). Options given on the command line win over the environment.
 *
 * <ul>
 * <li>{@code PORT}: HTTP port (Payara's default is 8080).</li>
 * <li>{@code JORNADA_CLUSTER=true}: join a Hazelcast cluster; otherwise {@code --nocluster}.</li>
 * <li>The JVM's default time zone is set to UTC.</li>
 * </ul>
 * Payara Micro is reached by reflection so that this class needs nothing on its compile path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // Timestamps are stored and read in UTC whatever the host's zone is.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        List<String> options = new ArrayList<>(List.of(args));
        String port = System.getenv("PORT");
        if (port != null && !port.isBlank() && !has(options, "--port")) {
            options.add("--port");
            options.add(port.trim());
        }
        if (!"true".equalsIgnoreCase(System.getenv("JORNADA_CLUSTER")) && !has(options, "--nocluster")) {
            options.add("--nocluster");
        }
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) options.toArray(String[]::new));
    }

    private static boolean has(List<String> options, String name) {
        return options.stream().anyMatch(o -> o.equalsIgnoreCase(name));
    }
}
