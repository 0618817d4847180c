package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Staff administration for ADMIN ({@code /api/v1/staff/accounts}, {@code /api/v1/staff/tokens}):
 * create accounts, change roles, disable, issue and revoke tokens. A thin adapter: bodies are read
 * into the commands' input records, the commands check the permission and audit, answers are
 * records ({@link ApiBodies}); a refusal is an exception the API maps (400 naming the fields, 403).
 */
@Path("staff")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

    /** An account as the API shows it. */
    public record Account(long id, String username, Role role) {
    }

    /** Answers to a change: which account or token, and what it is now. */
    public record RoleChanged(long id, Role role) {
    }

    public record Disabled(long id, boolean disabled) {
    }

    public record Revoked(long id, boolean revoked) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    CreateStaffAccount createAccount;

    @Inject
    ChangeStaffRole changeRole;

    @Inject
    DisableStaffAccount disableAccount;

    @Inject
    IssueApiToken issueToken;

    @Inject
    RevokeApiToken revokeToken;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    @POST
    @Path("accounts")
    @Operation(summary = "Create a staff account: {username, role, password (optional: first sign-in enrols TOTP)}")
    public Response create(String body) {
        StaffAccount account = createAccount.run(current.get(), bodies.read(body, CreateStaffAccount.Input.class));
        return ApiBodies.answer(201, new Account(account.getId(), account.getUsername(), account.getRole()));
    }

    @POST
    @Path("accounts/{id}/role")
    @Operation(summary = "Change an account's role (and its tokens'): {role}")
    public Response changeRole(@PathParam("id") long id, String body) {
        ChangeStaffRole.Input input = new ChangeStaffRole.Input(id, bodies.read(body, RoleBody.class).role());
        return changeRole.run(current.get(), input) ? ApiBodies.ok(new RoleChanged(id, input.role()))
                : Problems.response(404, locale(), "staff.accountNotFound");
    }

    /** The body of a role change. */
    public record RoleBody(@jakarta.validation.constraints.NotNull(message = "staff.role.unknown") Role role) {
    }

    @POST
    @Path("accounts/{id}/disable")
    @Operation(summary = "Disable an account: its tokens stop working at once (never your own)")
    public Response disable(@PathParam("id") long id) {
        return disableAccount.run(current.get(), id) ? ApiBodies.ok(new Disabled(id, true))
                : Problems.response(404, locale(), "staff.accountNotFound");
    }

    @POST
    @Path("accounts/{id}/tokens")
    @Operation(summary = "Issue a bearer token to an account: {name}; the token is shown once")
    public Response issue(@PathParam("id") long id, String body) {
        return issueToken.run(current.get(), id, bodies.read(body, IssueApiToken.Input.class))
                .map(issued -> ApiBodies.answer(201, issued))
                .orElseGet(() -> Problems.response(404, locale(), "staff.accountNotFound"));
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Operation(summary = "Revoke a token")
    public Response revoke(@PathParam("id") long id) {
        return revokeToken.run(current.get(), id) ? ApiBodies.ok(new Revoked(id, true))
                : Problems.response(404, locale(), "staff.tokenNotFound");
    }

    private Locale locale() {
        return SupportedLocales.preferred(headers.getAcceptableLanguages());
    }
}
