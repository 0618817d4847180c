package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.UsStates;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;

/** The public directory search: {@code GET /api/v1/directory/search?q=&state=&visa=}. */
@Path("directory")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class DirectoryResource {

    static final int LIMIT = 20;

    @Inject
    DirectoryIndex index;

    @Context
    HttpHeaders headers;

    @GET
    @Path("search")
    @Operation(summary = "Employers, recruiters and agents by name: accents, case, word order and small typos forgiven")
    public Response search(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("visa") String visa) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        List<FieldError> errors = new ArrayList<>();
        if (q == null || q.strip().length() < 2 || q.length() > 200) {
            errors.add(new FieldError("q", "directory.query.invalid"));
        }
        if (state != null && !state.isBlank() && !UsStates.CODES.contains(state.strip().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("state", "directory.state.invalid"));
        }
        if (visa != null && !visa.isBlank() && !visa.strip().toUpperCase(Locale.ROOT).replace("-", "").matches("H2[AB]")) {
            errors.add(new FieldError("visa", "directory.visa.invalid"));
        }
        if (!errors.isEmpty()) {
            return Problems.fieldResponse(locale, errors);
        }
        JsonArrayBuilder items = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (DirectoryIndex.Entry e : index.search(q, state, visa, LIMIT)) {
            JsonObjectBuilder item = CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", e.id()).add("kind", e.kind().name())
                    .add("name", e.name());
            CachedJsonProvider.putNullable(item, "city", e.city());
            CachedJsonProvider.putNullable(item, "state", e.state());
            CachedJsonProvider.putNullable(item, "country", e.country());
            items.add(item);
        }
        return Response.ok(CachedJsonProvider.PROVIDER.createObjectBuilder().add("items", items).build().toString(),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @Inject
    DirectorySuggestions suggestions;

    @Inject
    org.jornada.platform.boundary.ApiBodies bodies;

    /** The body of a suggestion: the typed words and which list they are for. */
    public record Suggest(String q, String field) {
    }

    @jakarta.ws.rs.POST
    @Path("suggest")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Known names like the typed one: {q, field: EMPLOYER|RECRUITER} in the body, never the address")
    public Response suggest(String body) {
        Suggest asked = bodies.read(body, Suggest.class);
        String q = asked.q();
        String field = asked.field();
        org.jornada.directory.entity.EntityKind which = "RECRUITER".equals(field)
                ? org.jornada.directory.entity.EntityKind.RECRUITER : org.jornada.directory.entity.EntityKind.EMPLOYER;
        JsonArrayBuilder items = CachedJsonProvider.PROVIDER.createArrayBuilder();
        suggestions.like(q, which, 8).forEach(items::add);
        return Response.ok(CachedJsonProvider.PROVIDER.createObjectBuilder().add("items", items).build().toString(),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
