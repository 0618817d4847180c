package org.jornada.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Shipped jars that several test classes share instead of each starting its own (issue #26: a
 * start costs half a minute or more). Each is started by the first class that asks and stopped
 * when the test JVM ends.
 */
public final class SharedJars {

    private static OwnMariaDb bareDb;
    private static RunningJar bare;

    private SharedJars() {
    }

    /**
     * The jar on a MariaDB of its own (which a test may stop and start again), with no demo data and
     * nothing of the organization set, its rate limits lifted (every call comes from 127.0.0.1): a
     * first install before anyone configured it. DatabaseOutageIT and ReferralNeedsOrganizationIT.
     */
    public static synchronized RunningJar bare() throws Exception {
        if (bare == null) {
            bareDb = OwnMariaDb.start("bare");
            Map<String, String> env = new HashMap<>(bareDb.environment());
            env.put("JORNADA_LIMIT_COMPLAINT_BURST", "100000000/1");
            env.put("JORNADA_LIMIT_COMPLAINT_CEILING", "100000000/1");
            env.put("JORNADA_LIMIT_RECEIPT_MISSES", "100000000/1");
            env.put("JORNADA_SMTP_HOST", null);
            env.put("JORNADA_DEMO", "false");
            env.put("JORNADA_ORG_NAME", null);
            env.put("JORNADA_ORG_PHONE", null);
            env.put("JORNADA_ORG_EMAIL", null);
            bare = RunningJar.start(env);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedJars::stopBare, "shared-jar-end"));
        }
        return bare;
    }

    /** The MariaDB under {@link #bare()}. */
    public static synchronized OwnMariaDb bareDb() throws Exception {
        bare();
        return bareDb;
    }

    private static synchronized void stopBare() {
        try {
            bare.close();
        } catch (Exception e) {
            // the JVM is ending: the process goes with it
        }
        try {
            bareDb.close();
        } catch (Exception e) {
            // likewise
        }
    }
}
