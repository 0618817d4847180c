package org.jornada.channel.control;

import java.util.Locale;
import java.util.Optional;
import org.jornada.platform.control.Messages;

/**
 * The words of an urgent notice, in the on-call staff member's language: "New urgent report #123 —
 * open the queue", and the queue's address when the portal's public address is known. Only the
 * case's number: never the worker's words, name, number, employer or place.
 */
public final class UrgentNoticeText {

    /** The queue, below the portal's public address. */
    public static final String QUEUE = "/staff/queue";

    private UrgentNoticeText() {
    }

    /** The one line a text carries and a mail's subject. */
    public static String line(Locale language, long caseId) {
        return Messages.get(language, "urgent.notice.line", Long.toString(caseId));
    }

    /** The line, then the queue's address on its own line when known. */
    public static String text(Locale language, long caseId, Optional<String> publicUrl) {
        return line(language, caseId) + publicUrl.map(base -> "\n" + base + QUEUE).orElse("");
    }
}
