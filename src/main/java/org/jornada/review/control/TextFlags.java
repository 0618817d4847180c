package org.jornada.review.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a review's text could identify somebody, for the moderator to look at: phone numbers,
 * email addresses, and capitalised word pairs that look like a person's name ("Juan Pérez").
 * A moderator decides; nothing is removed automatically.
 */
public final class TextFlags {

    private static final Pattern PHONE = Pattern.compile("(?<!\\w)\\+?\\d[\\d\\s().-]{6,}\\d(?!\\w)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\s+\\p{Lu}\\p{Ll}{2,}(\\s+\\p{Lu}\\p{Ll}{2,})?\\b");

    public enum Kind { PHONE, EMAIL, NAME }

    /** A flagged stretch of the text. */
    public record Flag(Kind kind, String text) {
    }

    private TextFlags() {
    }

    public static List<Flag> of(String text) {
        List<Flag> flags = new ArrayList<>();
        if (text == null) {
            return flags;
        }
        add(flags, Kind.PHONE, PHONE.matcher(text));
        add(flags, Kind.EMAIL, EMAIL.matcher(text));
        add(flags, Kind.NAME, NAME.matcher(text));
        return flags;
    }

    private static void add(List<Flag> flags, Kind kind, Matcher matcher) {
        while (matcher.find()) {
            flags.add(new Flag(kind, matcher.group().strip()));
        }
    }
}
