package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.JsonFields;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Languages;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Staff administration for ADMIN ({@code /api/v1/staff/accounts}, {@code /api/v1/staff/tokens}):
 * create accounts, change roles, disable, issue and revoke tokens. Every change is audited.
 */
@Path("staff")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

    @Inject
    StaffAccounts directory;

    @Inject
    CreateStaffAccount createAccount;

    @Inject
    ChangeStaffRole changeRole;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @POST
    @Path("accounts")
    @Operation(summary = "Create a staff account: {username, role, password (optional: first sign-in enrols TOTP)}")
    public Response create(String body) {
        return asAdmin(() -> {
            JsonObject json = JsonFields.object(body);
            // a refusal is an exception the API maps (400 naming the fields, 403 saying why)
            StaffAccount account = createAccount.run(current.get(), new CreateStaffAccount.Input(
                    JsonFields.text(json, "username"), role(json).orElse(null), JsonFields.text(json, "password")));
            return json(201, Jsons.PROVIDER.createObjectBuilder().add("id", account.getId())
                    .add("username", account.getUsername()).add("role", account.getRole().name()).build());
        });
    }

    @POST
    @Path("accounts/{id}/role")
    @Operation(summary = "Change an account's role (and its tokens'): {role}")
    public Response changeRole(@PathParam("id") long id, String body) {
        return asAdmin(() -> {
            Optional<Role> role = role(JsonFields.object(body));
            return changeRole.run(current.get(), new ChangeStaffRole.Input(id, role.orElse(null)))
                    ? json(200, Jsons.PROVIDER.createObjectBuilder().add("id", id).add("role", role.get().name()).build())
                    : Problems.response(404, locale(), "staff.accountNotFound");
        });
    }

    @POST
    @Path("accounts/{id}/disable")
    @Operation(summary = "Disable an account: its tokens stop working at once")
    public Response disable(@PathParam("id") long id) {
        return asAdmin(() -> directory.disable(current.get(), id)
                ? json(200, Jsons.PROVIDER.createObjectBuilder().add("id", id).add("disabled", true).build())
                : Problems.response(404, locale(), "staff.accountNotFound"));
    }

    @POST
    @Path("accounts/{id}/tokens")
    @Operation(summary = "Issue a bearer token to an account: {name}; the token is shown once")
    public Response issue(@PathParam("id") long id, String body) {
        return asAdmin(() -> {
            Optional<StaffAccount> account = directory.find(id);
            if (account.isEmpty()) {
                return Problems.response(404, locale(), "staff.accountNotFound");
            }
            Optional<String> refused = directory.grantProblem(current.get(), id, account.get().getRole());
            if (refused.isPresent()) {
                audit.record(current.get(), AuditTrail.ACCESS_DENIED, null, "token for staff " + id);
                return Problems.response(403, locale(), refused.get());
            }
            String name = Optional.ofNullable(JsonFields.text(JsonFields.object(body), "name")).filter(n -> !n.isBlank()).orElse("api");
            StaffAccounts.IssuedToken issued = directory.issue(current.get(), id,
                    name.length() > 80 ? name.substring(0, 80) : name, account.get().getRole());
            return json(201, Jsons.PROVIDER.createObjectBuilder().add("id", issued.id()).add("token", issued.token())
                    .add("role", account.get().getRole().name()).build());
        });
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Operation(summary = "Revoke a token")
    public Response revoke(@PathParam("id") long id) {
        return asAdmin(() -> directory.revoke(current.get(), id)
                ? json(200, Jsons.PROVIDER.createObjectBuilder().add("id", id).add("revoked", true).build())
                : Problems.response(404, locale(), "staff.tokenNotFound"));
    }

    private Response asAdmin(Supplier<Response> action) {
        if (current.get().role() != Role.ADMIN) {
            audit.record(current.get(), AuditTrail.ACCESS_DENIED, null, "staff administration");
            return Problems.response(403, locale(), "staff.forbidden");
        }
        return action.get();
    }

    private Locale locale() {
        return Languages.preferred(headers.getAcceptableLanguages());
    }

    private static Optional<Role> role(JsonObject json) {
        String value = JsonFields.text(json, "role");
        return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(String.valueOf(value))).findFirst();
    }



    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.toString()).build();
    }
}
