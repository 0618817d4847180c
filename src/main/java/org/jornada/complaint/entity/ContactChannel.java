package org.jornada.complaint.entity;

import java.util.Arrays;
import java.util.Optional;

/** How a worker chose to be reached, if at all. */
public enum ContactChannel {
    NONE, WHATSAPP, PHONE, EMAIL;

    public static Optional<ContactChannel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
