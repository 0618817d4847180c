package org.jornada.channel.control;

import java.util.List;

/** A numbered list of bundle keys ("1 …", "2 …"), rendered in the conversation's language. */
public record Menu(List<String> keys) {

    public Menu {
        keys = List.copyOf(keys);
    }
}
