package org.jornada.channel.control;

/** A line's argument that is itself a text of the bundles (a case's state in plain words). */
public record Phrase(String key) {
}
