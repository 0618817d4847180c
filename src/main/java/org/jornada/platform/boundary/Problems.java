package org.jornada.platform.boundary;

import org.jornada.platform.control.CachedJsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.Messages;

/**
 * RFC 9457 problem details ({@code application/problem+json}) with the title and detail in the
 * client's language. Field problems name the field in {@code field} and list every problem in
 * {@code errors}. Never a stack trace.
 */
public final class Problems {

    public static final String TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObject body(int status, Locale locale, String detailKey, Object... args) {
        return base(status, locale, Messages.get(locale, detailKey, args)).build();
    }

    public static JsonObject fieldBody(Locale locale, List<FieldError> errors) {
        return fieldBody(400, locale, errors);
    }

    /** The fields and why, under another status (409: refused because of the state things are in). */
    public static JsonObject fieldBody(int status, Locale locale, List<FieldError> errors) {
        JsonArrayBuilder list = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (FieldError error : errors) {
            list.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("field", error.field())
                    .add("message", Messages.get(locale, error.messageKey(), error.args())));
        }
        FieldError first = errors.get(0);
        return base(status, locale, Messages.get(locale, first.messageKey(), first.args()))
                .add("field", first.field())
                .add("errors", list)
                .build();
    }

    private static JsonObjectBuilder base(int status, Locale locale, String detail) {
        return CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.get(locale, "problem.title." + status))
                .add("status", status)
                .add("detail", detail);
    }

    public static Response response(int status, Locale locale, String detailKey, Object... args) {
        return of(status, locale, body(status, locale, detailKey, args));
    }

    public static Response fieldResponse(Locale locale, List<FieldError> errors) {
        return of(400, locale, fieldBody(locale, errors));
    }

    public static Response of(int status, Locale locale, JsonObject body) {
        return Response.status(status).type(TYPE + ";charset=UTF-8").language(locale).entity(body.toString()).build();
    }

    /** The language of a plain servlet's problems: {@code Accept-Language}, Spanish when it names none. */
    public static Locale locale(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? SupportedLocales.DEFAULT
                : SupportedLocales.preferred(java.util.Collections.list(request.getLocales()));
    }

    /** The same problem written by a plain servlet. */
    public static void write(HttpServletResponse response, int status, Locale locale, JsonObject body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(TYPE + ";charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.getWriter().write(body.toString());
    }
}
