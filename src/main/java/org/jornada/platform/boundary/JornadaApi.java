package org.jornada.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API for SMS/WhatsApp gateways, the future app and tests; described at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Jornada API", version = "1",
        description = "Anonymous complaint intake and follow-up for H-2A and H-2B workers. Errors are "
                + "application/problem+json in the language of Accept-Language (Spanish by default)."))
public class JornadaApi extends Application {
}
