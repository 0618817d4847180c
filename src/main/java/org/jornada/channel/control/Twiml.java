package org.jornada.channel.control;

import java.util.List;

/**
 * The TwiML answer to a Twilio messaging webhook: the replies as {@code <Message>} elements, sent back to
 * the sender by Twilio, so answering needs no stored number. Written by hand (the SDK's TwiML builders
 * and their XML stack are kept out of the WAR): the text is escaped ({@code & < > " '}, so {@code ]]>}
 * cannot close anything) and characters XML 1.0 does not allow (controls other than tab, line feed and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF) are dropped. No reply is {@code <Response/>},
 * which Twilio takes as "send nothing".
 *
 * <pre>{@code
 * Twiml.of(List.of("Hola", "Tu código: 1234 5678")) // <?xml …?><Response><Message>Hola</Message>…</Response>
 * }</pre>
 */
public final class Twiml {

    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private Twiml() {
    }

    /** One {@code <Message>} per reply, in order; {@code <Response/>} for none. Blank replies are skipped. */
    public static String of(List<String> replies) {
        StringBuilder xml = new StringBuilder(DECLARATION);
        List<String> said = replies == null ? List.of() : replies.stream().map(Twiml::escape)
                .filter(text -> !text.isBlank()).toList();
        if (said.isEmpty()) {
            return xml.append("<Response/>").toString();
        }
        xml.append("<Response>");
        said.forEach(text -> xml.append("<Message>").append(text).append("</Message>"));
        return xml.append("</Response>").toString();
    }

    public static String of(String... replies) {
        return of(List.of(replies));
    }

    /** {@code text} as XML character data: escaped, and without the characters XML cannot carry. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
