package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * Staff curation of the recruitment chain ({@code POST /api/v1/staff/chain-links}, SUPERVISOR and
 * ADMIN): link two entries no file links, or hide a link staff found wrong, through
 * {@link DecideChainLink}. Another role is refused (403, audited); a pair that cannot be a link is
 * a 400 naming {@code other}.
 */
@Path("staff/chain-links")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffChainLinksResource {

    /** The decision as recorded. */
    public record Decided(long one, long other, String decision) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    DecideChainLink decide;

    @Inject
    CurrentStaff current;

    @POST
    @Operation(summary = "Link two directory entries of the recruitment chain, or hide a link (SUPERVISOR, ADMIN):"
            + " {one, other, decision: LINKED|UNLINKED, note?}")
    public Response decide(String body) {
        DecideChainLink.Input input = bodies.read(body, DecideChainLink.Input.class);
        decide.run(current.get(), input);
        return ApiBodies.ok(new Decided(input.one(), input.other(), input.decision()));
    }
}
