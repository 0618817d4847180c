package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The authorities cases are referred to ({@code /api/v1/staff/authorities}): every staff role but
 * UNION reads them; ADMIN adds local offices ({@link AddLocalOffice}). Reading is audited.
 */
@Path("staff/authorities")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAuthoritiesResource {

    public record ChannelItem(ChannelKind kind, String address) {
    }

    /** An authority as the API shows it, its name in the caller's language. */
    public record Item(long id, String code, String name, List<Category> categories, List<ChannelItem> channels,
            String language, boolean verified, List<String> infoRequired, List<String> clocks, int responseDays,
            String note, String source, Long parentId) {

        static Item of(Authority a, Locale locale) {
            return new Item(a.getId(), a.getCode(), a.name(locale), a.categories().stream().toList(),
                    a.getChannels().stream().map(c -> new ChannelItem(c.getKind(), c.getAddress())).toList(),
                    a.getLanguage(), a.isVerified(), a.infoRequired(), a.clockRules(), a.getResponseDays(),
                    a.getNote(), a.getSource(), a.getParentId());
        }
    }

    public record Items(List<Item> items) {
    }

    public record Created(long id) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    Authorities authorities;

    @Inject
    AddLocalOffice addLocalOffice;

    @Inject
    EditAuthority editAuthority;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The authorities and local offices, with categories, channels, packet language and whether verified")
    public Response list() {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        audit.record(current.get(), AuditTrail.AUTHORITIES_READ, null, null);
        return ApiBodies.ok(new Items(authorities.all().stream().map(a -> Item.of(a, locale)).toList()));
    }

    @POST
    @Operation(summary = "Add a local office (ADMIN): {code, name, categories, channels [{kind, address}], language, parentCode?}")
    public Response add(String body) {
        Authority added = addLocalOffice.run(current.get(), bodies.read(body, AddLocalOffice.Input.class));
        return ApiBodies.answer(201, new Created(added.getId()));
    }

    @POST
    @Path("{id}")
    @Operation(summary = "Edit an authority (ADMIN): {responseDays, verified, note, email} (email blank: none)")
    public Response edit(@jakarta.ws.rs.PathParam("id") long id, String body) {
        return editAuthority.run(current.get(), id, bodies.read(body, EditAuthority.Input.class))
                .map(a -> ApiBodies.ok(new Created(a.getId())))
                .orElseGet(() -> org.jornada.platform.boundary.Problems.response(404,
                        org.jornada.platform.control.SupportedLocales.preferred(headers.getAcceptableLanguages()),
                        "authority.notFound"));
    }
}
