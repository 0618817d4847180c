package org.jornada.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.SafeLog;

/**
 * Every API failure as problem details in the client's language: framework errors (unknown path,
 * wrong method, wrong media type) keep their status; a command's {@code RefusedException} is 400 naming the
 * fields, its {@code PermissionDeniedException} 403; anything unexpected is a generic 500 whose
 * log line carries the exception type only, never request content.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? SupportedLocales.DEFAULT : SupportedLocales.preferred(headers.getAcceptableLanguages());
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            String key = switch (status) {
                case 404 -> "problem.notFound";
                case 405 -> "problem.methodNotAllowed";
                case 406 -> "problem.notAcceptable";
                case 413 -> "problem.tooLarge";
                case 415 -> "problem.unsupportedMediaType";
                default -> status < 500 ? "problem.badRequest" : "problem.serverError";
            };
            return Problems.response(status, locale(headers), key);
        }
    }

    /** A command refused the input: 400 naming the fields, in the caller's language. */
    @Provider
    public static class RefusedMapper implements ExceptionMapper<org.jornada.platform.control.RefusedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.jornada.platform.control.RefusedException refused) {
            return Problems.fieldResponse(locale(headers), refused.errors());
        }
    }

    /** A body larger than its reader takes, measured before parsing: 413 in the caller's language. */
    @Provider
    public static class TooLargeMapper implements ExceptionMapper<TooLargeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TooLargeException tooLarge) {
            return Problems.response(413, locale(headers), "error.body.tooLarge");
        }
    }

    /** A command refused because of the state things are in: 409 naming the field, in the caller's language. */
    @Provider
    public static class ConflictMapper implements ExceptionMapper<org.jornada.platform.control.ConflictException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.jornada.platform.control.ConflictException conflict) {
            Locale locale = locale(headers);
            return Problems.of(409, locale, Problems.fieldBody(409, locale, conflict.errors()));
        }
    }

    /** A command refused the person: 403 saying why, in the caller's language. */
    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<org.jornada.platform.control.PermissionDeniedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.jornada.platform.control.PermissionDeniedException forbidden) {
            return Problems.response(403, locale(headers), forbidden.messageKey());
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception exception) {
            if (exception instanceof WebApplicationException web) {
                return new WebApplicationMapper().toResponse(web);
            }
            if (org.jornada.platform.control.StorageFull.is(exception)) {
                LOG.warning("The database storage is full or read-only: answered 507");
                return Response.fromResponse(Problems.response(org.jornada.platform.control.StorageFull.STATUS,
                        locale(headers), org.jornada.platform.control.StorageFull.MESSAGE))
                        .header("Retry-After", org.jornada.platform.control.StorageFull.RETRY_AFTER_SECONDS).build();
            }
            if (org.jornada.platform.control.DatabaseDown.is(exception)) {
                LOG.warning("The database cannot be reached: answered 503");
                return Response.fromResponse(Problems.response(503, locale(headers), "problem.unavailable"))
                        .header("Retry-After", org.jornada.platform.control.DatabaseDown.RETRY_AFTER_SECONDS).build();
            }
            LOG.log(Level.SEVERE, "API request failed: {0}", SafeLog.describe(exception));
            return Problems.response(500, locale(headers), "problem.serverError");
        }
    }
}
