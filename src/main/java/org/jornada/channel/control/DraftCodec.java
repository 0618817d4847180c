package org.jornada.channel.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.jornada.channel.control.Dialogue.Draft;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;

/** A conversation's draft as bytes to seal, and back (a draft that cannot be read starts over). */
public final class DraftCodec {

    private DraftCodec() {
    }

    public static byte[] write(Draft draft) {
        Properties p = new Properties();
        p.setProperty("language", draft.language());
        if (draft.group() != null) {
            p.setProperty("group", draft.group().name());
        }
        if (draft.category() != null) {
            p.setProperty("category", draft.category().name());
        }
        put(p, "employer", draft.employer());
        put(p, "state", draft.state());
        put(p, "account", draft.account());
        p.setProperty("danger", Boolean.toString(draft.danger()));
        p.setProperty("wantsNotice", Boolean.toString(draft.wantsNotice()));
        p.setProperty("media", Integer.toString(draft.media()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Optional<Draft> read(byte[] bytes) {
        try {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            CategoryGroup group = p.containsKey("group") ? CategoryGroup.valueOf(p.getProperty("group")) : null;
            Category category = p.containsKey("category") ? Category.valueOf(p.getProperty("category")) : null;
            return Optional.of(new Draft(p.getProperty("language", "es"), group, category, p.getProperty("employer"),
                    p.getProperty("state"), p.getProperty("account"), Boolean.parseBoolean(p.getProperty("danger")),
                    Boolean.parseBoolean(p.getProperty("wantsNotice")),
                    Integer.parseInt(p.getProperty("media", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void put(Properties p, String name, String value) {
        if (value != null) {
            p.setProperty(name, value);
        }
    }
}
