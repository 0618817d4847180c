package org.jornada.testing;

import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * After Arquillian deploys, waits until the deployment answers HTTP on the loopback address: Payara
 * Micro reports "deployed" a moment before its listener always takes connections, and an
 * in-container test that came first would fail outright. Done once, here, so that no test class
 * has to run first.
 */
public class AwaitDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Waiter.class);
    }

    public static class Waiter {

        @Inject
        Instance<ProtocolMetaData> metaData;

        public void awaitUp(@Observes AfterDeploy deployed) throws MalformedURLException {
            ProtocolMetaData data = metaData.get();
            if (data == null || !data.hasContext(HTTPContext.class)) {
                return;
            }
            HTTPContext http = data.getContexts(HTTPContext.class).iterator().next();
            String root = http.getServlets().stream().findFirst().map(Servlet::getContextRoot).orElse("");
            Deployments.awaitUp(new URL("http", "127.0.0.1", http.getPort(), root.startsWith("/") ? root : "/" + root));
        }
    }
}
