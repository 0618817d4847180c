package org.jornada.platform.boundary;

/**
 * A request body larger than its reader takes, measured before anything is parsed: {@code 413} in
 * the caller's language ({@code error.body.tooLarge}; {@link ApiExceptionMappers}).
 */
public class TooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooLargeException() {
        super("error.body.tooLarge", null, false, false);
    }
}
