package org.jornada.directory.control;

import jakarta.json.JsonObjectBuilder;

/**
 * A part of a public profile that another feature contributes (worker ratings, for one), so that
 * the directory does not depend on it. Implementations are CDI beans.
 */
public interface ProfileSection {

    /** Adds this section's fields to the profile's JSON; numbers only from {@code minimum} workers up. */
    void addTo(JsonObjectBuilder profile, long entityId, int minimum);
}
