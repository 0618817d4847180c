package org.jornada.channel.control;

import java.io.IOException;

/**
 * A medium fetched from a provider: its bytes and the type the provider claimed (the evidence room
 * checks the type again from the bytes before anything is stored).
 */
public record MediaBytes(byte[] bytes, String contentType) {

    public MediaBytes {
        bytes = bytes == null ? new byte[0] : bytes;
        contentType = contentType == null ? "" : contentType;
    }

    /** A medium larger than the caller's limit: the download stopped at the limit, nothing is kept. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException() {
            super("medium larger than allowed", null);
        }
    }
}
