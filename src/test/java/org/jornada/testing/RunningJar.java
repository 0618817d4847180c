package org.jornada.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code java -jar target/jornada.jar} as a user runs it, on a free loopback port, with its own
 * data folder, environment and log file: for the tests that need the shipped jar itself (the
 * embedded default, the limits at their defaults, a restart).
 */
public final class RunningJar implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final Http http;

    private RunningJar(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.http = new Http("http://127.0.0.1:" + port);
    }

    /**
     * Starts the jar with the given environment on top of this one's (a null value removes a
     * variable) and waits until it is ready (up to 300 s), saying why when it never gets there.
     */
    public static RunningJar start(Map<String, String> environment) throws IOException, InterruptedException {
        return start(environment, Files.createTempDirectory("jornada-jar"));
    }

    public static RunningJar start(Map<String, String> environment, Path dataDir) throws IOException, InterruptedException {
        return start(environment, dataDir, List.of("-Xmx512m"));
    }

    /** Exactly as a user starts it: {@code java -jar target/jornada.jar}, no JVM option (the launcher sizes the JVM). */
    public static RunningJar startAsUser(Map<String, String> environment, Path dataDir)
            throws IOException, InterruptedException {
        return start(environment, dataDir, List.of());
    }

    /**
     * Starts several jars at once (each with its environment, a heap of 512 MB and a data folder
     * of its own) and waits until every one is ready: nodes of one cluster starting together.
     */
    public static List<RunningJar> startTogether(List<Map<String, String>> environments)
            throws IOException, InterruptedException {
        List<RunningJar> jars = new java.util.ArrayList<>();
        for (Map<String, String> environment : environments) {
            jars.add(launch(environment, Files.createTempDirectory("jornada-jar"), List.of("-Xmx512m")));
        }
        for (RunningJar jar : jars) {
            jar.awaitReady();
        }
        return jars;
    }

    private static RunningJar start(Map<String, String> environment, Path dataDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        RunningJar jar = launch(environment, dataDir, jvmOptions);
        jar.awaitReady();
        return jar;
    }

    private static RunningJar launch(Map<String, String> environment, Path dataDir, List<String> jvmOptions)
            throws IOException {
        Path log = Files.createTempFile("jornada-jar", ".log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("jornada.jar", "target/jornada.jar")));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("JORNADA_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(port));
        environment.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new RunningJar(builder.start(), dataDir, log, port);
    }

    private void awaitReady() throws InterruptedException {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        String last = "no answer yet";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("jornada.jar stopped: " + tail());
            }
            try {
                HttpResponse<String> ready = probe.send(HttpRequest.newBuilder(URI.create(http.url("/health/ready")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(1000);
        }
        // Say why: the last answer, what the server's request threads were doing, the log's warnings.
        throw new AssertionError("not ready within 300 s; last answer: " + last + "\n" + threads() + "\n"
                + warnings() + "\n" + tail());
    }

    public Http http() {
        return http;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    /** The whole log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The log's lines at SEVERE, or WARNING from our own code: what "no unhandled exception" checks. */
    public List<String> problems() {
        return log().lines().filter(l -> l.contains("SEVERE") || (l.contains("WARNING") && l.contains("org.jornada")))
                .collect(Collectors.toList());
    }

    public String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 3000));
    }

    private String threads() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            StringBuilder busy = new StringBuilder();
            for (String thread : dump.split("\n\n")) {
                if (thread.contains("http-thread-pool") && thread.contains("org.jornada")
                        || thread.contains("jdbc") || thread.contains("health")) {
                    busy.append(thread, 0, Math.min(thread.length(), 1500)).append('\n');
                }
            }
            return busy.length() == 0 ? "no request thread busy in our code" : busy.toString();
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    private String warnings() {
        return log().lines().filter(l -> l.contains("SEVERE") || l.contains("WARNING")).limit(20)
                .map(l -> l.substring(0, Math.min(l.length(), 400))).collect(Collectors.joining("\n"));
    }

    /** The JVMs the jar runs in: its own and any it started (the launcher's portal JVM). */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new java.util.ArrayList<>(List.of(process.toHandle()));
        process.toHandle().descendants().forEach(all::add);
        return all;
    }

    /** The node dies: killed at once, no chance to hand anything over. */
    public void kill() throws InterruptedException {
        for (ProcessHandle p : processes()) {
            p.destroyForcibly();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
