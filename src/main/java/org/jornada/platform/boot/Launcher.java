package org.jornada.platform.boot;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Main class of {@code target/jornada.jar}: turns the environment into Payara Micro options and
 * hands over to Payara Micro, which still accepts all of its own options ({@code --port},
 * {@code --nocluster}, ...). Options given on the command line win over the environment.
 *
 * <ul>
 * <li>{@code PORT}: HTTP port (Payara's default is 8080).</li>
 * <li>{@code JORNADA_CLUSTER=true}: join a Hazelcast cluster, found as {@link ClusterOptions}
 * says; otherwise {@code --nohazelcast}: no data grid at all (about 40 threads and 50 MB less,
 * docs/performance.md).</li>
 * <li>The JVM's default time zone is set to UTC; Payara's usage report to payara.fish
 * ("phone home") is off.</li>
 * <li>Sized for a small server (issue #13, docs/performance.md, "Footprint"): started as
 * {@code java -jar jornada.jar} with no JVM option of one's own, the launcher starts the portal in
 * a JVM of its own with a {@code JORNADA_HEAP_MB} heap (default 176, a seventh of it young), the
 * serial collector, the quick compiler only, glibc's free memory trimmed, a smaller code cache and thread stacks, glibc's arenas capped, and the
 * class-data archive made at build time ({@code jornada.jsa} beside the jar) when it is there.
 * {@code JORNADA_JVM_TUNING=off}, or any {@code -X} option given to {@code java}, keeps the JVM as
 * started.</li>
 * <li>Without a cluster, staff sessions are not replicated (there is no one to replicate to).</li>
 * <li>Once Payara Micro has started, the last lines of the log are the {@link StartupSummary}.</li>
 * </ul>
 * Payara Micro is reached by reflection so that this class needs nothing on its compile path.
 */
public final class Launcher {

    private static final String LAUNCHED = "jornada.launched";
    /** Set by the build's class-data training run: boot, then exit (the archive is written at exit). */
    private static final String TRAINING = "jornada.cds.training";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (shouldRelaunch()) {
            System.exit(relaunch(args));
        }
        if (System.getProperty(LAUNCHED) != null) {
            // Started by the launcher: end with it, even if it is killed without a chance to stop us.
            ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(0)));
        }
        // Timestamps are stored and read in UTC whatever the host's zone is.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        List<String> options = new ArrayList<>(List.of(args));
        String port = System.getenv("PORT");
        if (port != null && !port.isBlank() && !has(options, "--port")) {
            options.add("--port");
            options.add(port.trim());
        }
        if (!"true".equalsIgnoreCase(System.getenv("JORNADA_CLUSTER"))) {
            if (!has(options, "--nocluster") && !has(options, "--nohazelcast")) {
                options.add("--nohazelcast");
            }
            if (!has(options, "--prebootcommandfile")) {
                // No data grid, so no one to replicate staff sessions to: sessions stay in memory.
                // Left on, every session change tried Hazelcast and logged "Hazelcast is not
                // enabled" with a stack trace (issue #24). Read after the jar's own pre-boot file.
                options.add("--prebootcommandfile");
                options.add(singleNodeCommands().toString());
            }
        } else {
            ClusterOptions.add(options, System.getenv());
        }
        if (!has(options, "--logproperties")) {
            // The jar's logging (src/main/payara/logging.properties, issue #24): Payara Micro keeps
            // a copy in the jar but starts with its own defaults unless given the file.
            java.nio.file.Path logging = copyOfResource("MICRO-INF/domain/logging.properties");
            if (logging != null) {
                options.add("--logproperties");
                options.add(logging.toString());
            }
        }
        if (!has(options, "--disablephonehome")) {
            // Payara Micro reports its use to payara.fish unless told not to: the portal calls no one
            options.add("--disablephonehome");
        }
        boolean training = Boolean.getBoolean(TRAINING);
        if (training) {
            Thread watchdog = new Thread(() -> {
                sleep(TimeUnit.MINUTES.toMillis(5));
                Runtime.getRuntime().halt(3);
            }, "cds-training-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        Class<?> payara = Class.forName("fish.payara.micro.PayaraMicro");
        payara.getMethod("main", String[].class).invoke(null, (Object) options.toArray(String[]::new));
        if (training) {
            System.exit(0);
        }
        StartupSummary.log(payara);
    }

    /** A temporary copy of a resource of the jar, or null when the jar has none. */
    private static java.nio.file.Path copyOfResource(String name) throws java.io.IOException {
        try (java.io.InputStream in = Launcher.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("jornada-logging", ".properties");
            file.toFile().deleteOnExit();
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    /** A pre-boot command file that turns session replication off (a node with no data grid). */
    private static java.nio.file.Path singleNodeCommands() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("jornada-single-node", ".txt");
        file.toFile().deleteOnExit();
        java.nio.file.Files.writeString(file, "set configs.config.server-config.availability-service"
                + ".web-container-availability.availability-enabled=false\n");
        return file;
    }

    private static boolean shouldRelaunch() {
        if (System.getProperty(LAUNCHED) != null || Boolean.getBoolean(TRAINING)
                || "off".equalsIgnoreCase(System.getenv("JORNADA_JVM_TUNING"))) {
            return false;
        }
        // Someone chose the JVM's options: keep them.
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().noneMatch(a -> a.startsWith("-X"));
    }

    /** The options the portal's JVM gets (also used by the build's training run, pom.xml). */
    static List<String> tuning(File jar) {
        String setting = System.getenv().getOrDefault("JORNADA_HEAP_MB", "176").strip();
        int heap = setting.matches("\\d{2,6}") ? Integer.parseInt(setting) : 176;
        // A small young generation (a seventh of the heap): requests make short-lived garbage only,
        // and an eden of 50 MB touched in full costs resident memory for nothing (docs/performance.md).
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap + "m", "-Xmn" + Math.max(16, heap / 7) + "m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m", "-Xss512k",
                "-XX:MaxMetaspaceSize=256m"));
        if (canTrimNativeHeap(Runtime.version())) {
            // give glibc's freed memory back to the system every 5 s (JDK 17.0.9+, 21.0.1+)
            jvm.add("-XX:+UnlockExperimentalVMOptions");
            jvm.add("-XX:TrimNativeHeapInterval=5000");
        }
        File archive = new File(jar.getParentFile(), "jornada.jsa");
        if (archive.isFile()) {
            jvm.add("-XX:SharedArchiveFile=" + archive.getPath());
            jvm.add("-Xlog:cds=off");
            jvm.add("-Xlog:cds+dynamic=off");
        }
        return jvm;
    }

    static boolean canTrimNativeHeap(Runtime.Version v) {
        return v.feature() == 17 && v.update() >= 9 || v.feature() == 21 && (v.interim() > 0 || v.update() >= 1)
                || v.feature() >= 22;
    }

    private static int relaunch(String[] args) throws Exception {
        File jar = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        command.addAll(tuning(jar));
        command.add("-D" + LAUNCHED + "=true");
        // -jar, not -cp: the jar's manifest carries the --add-opens Payara needs
        command.add("-jar");
        command.add(jar.getPath());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // glibc gives each thread that allocates its own 64 MB arena; two are plenty here
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process portal = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.destroy();
            try {
                if (!portal.waitFor(60, TimeUnit.SECONDS)) {
                    portal.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "portal-stop"));
        return portal.waitFor();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean has(List<String> options, String name) {
        return options.stream().anyMatch(o -> o.equalsIgnoreCase(name));
    }
}
