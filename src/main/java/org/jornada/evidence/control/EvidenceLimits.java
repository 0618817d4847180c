package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Size limits for evidence and a reader that stops as soon as a file is too large. */
public final class EvidenceLimits {

    /** 10 MB per file (issue #2). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Files a worker can attach to the complaint form at once. */
    public static final int MAX_FILES_ON_FORM = 5;
    /** Files one case can hold in all, form and follow-up together. */
    public static final int MAX_FILES_PER_CASE = 25;

    private EvidenceLimits() {
    }

    /** The whole stream, or empty when it holds more than {@link #MAX_BYTES}. */
    public static Optional<byte[]> readAtMostMax(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > MAX_BYTES) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
