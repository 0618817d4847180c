package org.jornada.complaint.entity;

import java.util.Arrays;
import java.util.Optional;

/** The visa a worker says they hold; {@code UNKNOWN} when they do not know. */
public enum VisaType {
    H2A, H2B, OTHER, UNKNOWN;

    /** Accepts {@code H2A}, {@code H-2A} and any case. */
    public static Optional<VisaType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.trim().toUpperCase().replace("-", "").replace("_", "");
        return Arrays.stream(values()).filter(v -> v.name().equals(normal)).findFirst();
    }
}
