package org.jornada.testing;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian integration test class shares (arquillian-suite-extension,
 * named in arquillian.xml): the shipped WAR plus the classes the in-container tests run and the
 * test-support servlet, started once for the whole run. A test class declares no deployment of
 * its own, makes its own data (unique names, new accounts) and may run in any order.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    /** The test classes whose methods run inside the container (with their inner classes). */
    static final java.util.List<String> IN_CONTAINER = java.util.List.of("org.jornada.staff.boundary.StaffApiIT",
            "org.jornada.casework.boundary.StaffWorkIT", "org.jornada.complaint.boundary.StorageIT",
            "org.jornada.escalation.boundary.ReferralsIT",
            "org.jornada.escalation.boundary.ConsentWithdrawalIT", "org.jornada.retention.boundary.RetentionIT",
            "org.jornada.casework.boundary.ConcurrentCaseWritesIT", "org.jornada.rights.boundary.WageTablesIT",
            "org.jornada.review.boundary.ReviewsFollowMergesIT", "org.jornada.platform.boundary.RekeyingIT",
            "org.jornada.casework.boundary.CaseCommandsIT",
            "org.jornada.channel.boundary.ChannelInboxIT", "org.jornada.evidence.boundary.HeldUploadsIT",
            "org.jornada.directory.boundary.ChainDecisionVersionIT");

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive deployment() {
        WebArchive war = Deployments.war(TestAccountsServlet.class, TestVoiceStoryServlet.class);
        IN_CONTAINER.forEach(war::addClass);
        return war;
    }
}
