package org.jornada.platform.boot;

import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * The last block of the log when {@code java -jar target/jornada.jar} has started (issue #24): the
 * address to open, then what the application said about itself while starting (its data folder,
 * its database, the demo accounts when the demo was loaded), which it leaves in the system property
 * {@value #PROPERTY} ({@code org.jornada.startup.ApplicationStartup}). When that is missing, the
 * application did not start, and the block says to read the errors above.
 */
final class StartupSummary {

    /** Lines the application leaves for this summary once it is ready, separated by new lines. */
    static final String PROPERTY = "jornada.startup.summary";

    private static final Logger LOG = Logger.getLogger("org.jornada.startup");

    private StartupSummary() {
    }

    static void log(Class<?> payara) {
        String address = "http://localhost:" + port(payara) + "/";
        String application = System.getProperty(PROPERTY);
        LOG.info(text(address, application));
    }

    static String text(String address, String application) {
        StringBuilder text = new StringBuilder("\n======== Jornada ========\n");
        if (application == null || application.isBlank()) {
            text.append("The portal did NOT start: read the SEVERE lines above.\n");
        } else {
            text.append("Ready: open ").append(address).append(" (staff: ").append(address).append("staff/)\n");
            text.append(application.strip()).append('\n');
            text.append("Stop it with Ctrl+C.\n");
        }
        return text.append("=========================").toString();
    }

    /** The HTTP port Payara Micro bound (its own descriptor), or 8080, its default, when unknown. */
    private static int port(Class<?> payara) {
        try {
            Object instance = payara.getMethod("getInstance").invoke(null);
            Object runtime = instance.getClass().getMethod("getRuntime").invoke(instance);
            Object local = method(runtime, "getLocalDescriptor").invoke(runtime);
            Object ports = method(local, "getHttpPorts").invoke(local);
            if (ports instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Integer port) {
                return port;
            }
            int configured = (Integer) instance.getClass().getMethod("getHttpPort").invoke(instance);
            return configured > 0 ? configured : 8080;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 8080;
        }
    }

    private static Method method(Object target, String name) throws NoSuchMethodException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> face : type.getInterfaces()) {
                try {
                    return face.getMethod(name);
                } catch (NoSuchMethodException notHere) {
                    // next
                }
            }
        }
        return target.getClass().getMethod(name);
    }
}
