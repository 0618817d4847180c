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

    public static WebArchive war(Class<?>... testClasses) {
        File war = new File(System.getProperty("jornada.war", "target/jornada.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(Http.class, Http.Multipart.class, TestFiles.class, Deployments.class);
        archive.addClasses(testClasses);
        return archive;
    }
}
