package org.jornada.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built ({@code target/jornada.war}), so the integration tests exercise the
 * exact WAR that ships; in-container tests add their own classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's URL on the loopback address: Payara reports the machine's first network
     * address, and tests only ever talk to 127.0.0.1.
     */
    public static String local(java.net.URL url) {
        String path = url.getPath().endsWith("/") ? url.getPath().substring(0, url.getPath().length() - 1) : url.getPath();
        return url.getProtocol() + "://127.0.0.1:" + url.getPort() + path;
    }

    /**
     * Waits until the deployment answers HTTP on the loopback address (up to 60 s): the container
     * reports "deployed" a moment before its listener always takes connections.
     */
    public static void awaitUp(java.net.URL url) {
        Http http = new Http(local(url));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (http.get("/health/ready").statusCode() < 500) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the deployment never answered at " + local(url), last);
    }

    public static WebArchive war(Class<?>... testClasses) {
        File war = new File(System.getProperty("jornada.war", "target/jornada.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(Http.class, Http.Multipart.class, TestFiles.class, Deployments.class, DirectoryFixtures.class,
                FakeProvider.class, FakeProvider.Request.class, FakeProvider.Answer.class);
        archive.addClasses(testClasses);
        return archive;
    }
}
