package org.jornada.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jornada.platform.control.JsonDepth;

/**
 * Every JSON body the API reads passes {@link JsonDepth} on its way in, whatever reads it: a body
 * nested deeper than {@link JsonDepth#MAX} is refused with 400 naming {@code body}, in the caller's
 * language, before any parser recurses into it (issue #23). The bytes are counted as they stream
 * through ({@link JsonDepth.LimitedStream}), never held. A resource that takes the raw stream meets
 * the refusal when it reads ({@link ApiBodies#intake}); the engine's readers of strings and bytes
 * ({@link ApiBodies}, also for the plain servlet of {@code /api/v1/complaints}) scan what they parse
 * again, so a body in another charset is counted exactly there.
 */
@Provider
public class JsonDepthGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!isUtf8Json(context.getMediaType()) || context.getType() == byte[].class) {
            // raw bytes are not parsed here; whoever parses them counts first (ApiBodies, the
            // channel's webhooks, which check the provider's signature before anything else)
            return context.proceed();
        }
        context.setInputStream(new JsonDepth.LimitedStream(context.getInputStream(), JsonDepth.MAX));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException failure) {
            if (JsonDepth.isTooDeep(failure)) {
                throw ApiBodies.tooDeep();
            }
            throw failure;
        }
    }

    /** JSON ({@code application/json} or {@code +json}) in UTF-8, the charset RFC 8259 asks for. */
    static boolean isUtf8Json(MediaType type) {
        if (type == null || !("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"))) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset);
    }
}
