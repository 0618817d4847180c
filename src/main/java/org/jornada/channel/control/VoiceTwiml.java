package org.jornada.channel.control;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.platform.control.SupportedLocales;

/**
 * The TwiML answer to a phone line webhook ({@link CallFlow}'s parts), written by hand like
 * {@link Twiml} (the SDK's builders and their XML stack stay out of the WAR), every text escaped.
 * Spanish is said by Amazon Polly's {@code Polly.Mia} in {@code es-MX}, English by
 * {@code Polly.Joanna} in {@code en-US} (Twilio's text-to-speech; docs/channels.md). Keys are read
 * by {@code <Gather input="dtmf">}; a receipt code digit by digit, a pause between groups of four.
 *
 * <pre>{@code
 * VoiceTwiml.of(turn.parts(), Locale.forLanguageTag("es"), step -> base + "/next?at=" + step)
 * }</pre>
 */
public final class VoiceTwiml {

    /** Seconds a {@code <Gather>} waits for a key (between keys, for the code). */
    static final int MENU_TIMEOUT = 8;
    static final int CODE_TIMEOUT = 15;
    /** Seconds of silence that end a recording. */
    static final int SILENCE = 10;
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private VoiceTwiml() {
    }

    /** The parts as TwiML, said in {@code locale}; {@code url} gives the address each step is posted to. */
    public static String of(List<CallPart> parts, Locale locale, Function<Step, String> url) {
        StringBuilder xml = new StringBuilder(DECLARATION).append("<Response>");
        parts.forEach(part -> write(xml, part, locale, url));
        return xml.append("</Response>").toString();
    }

    /** {@code Polly.Mia}/{@code es-MX} or {@code Polly.Joanna}/{@code en-US}. */
    static String[] voiceOf(String language) {
        return "en".equals(language) ? new String[] {"Polly.Joanna", "en-US"} : new String[] {"Polly.Mia", "es-MX"};
    }

    private static void write(StringBuilder xml, CallPart part, Locale locale, Function<Step, String> url) {
        if (part instanceof CallPart.Say say) {
            Locale in = say.language() == null ? locale : SupportedLocales.of(say.language());
            say(xml, ChannelTexts.render(List.of(say.line()), in), in);
        } else if (part instanceof CallPart.Code code) {
            String[] groups = code.grouped().strip().split(" ");
            for (int i = 0; i < groups.length; i++) {
                say(xml, String.join(", ", groups[i].split("")) + ".", locale);
                if (i < groups.length - 1) {
                    xml.append("<Pause length=\"1\"/>");
                }
            }
        } else if (part instanceof CallPart.Pause pause) {
            xml.append("<Pause length=\"").append(pause.seconds()).append("\"/>");
        } else if (part instanceof CallPart.Gather gather) {
            xml.append("<Gather input=\"dtmf\" method=\"POST\" action=\"").append(attr(url.apply(gather.action())))
                    .append('"');
            if (gather.digits() > 0) {
                xml.append(" numDigits=\"").append(gather.digits()).append("\" timeout=\"").append(MENU_TIMEOUT);
            } else {
                xml.append(" finishOnKey=\"#\" timeout=\"").append(CODE_TIMEOUT);
            }
            xml.append("\">");
            gather.inside().forEach(inside -> write(xml, inside, locale, url));
            xml.append("</Gather>");
        } else if (part instanceof CallPart.Record record) {
            xml.append("<Record method=\"POST\" action=\"").append(attr(url.apply(record.action())))
                    .append("\" maxLength=\"").append(record.maxSeconds()).append("\" playBeep=\"true\"")
                    .append(" finishOnKey=\"#\" timeout=\"").append(SILENCE).append("\" trim=\"trim-silence\"/>");
        } else if (part instanceof CallPart.Redirect redirect) {
            xml.append("<Redirect method=\"POST\">").append(Twiml.escape(url.apply(redirect.action())))
                    .append("</Redirect>");
        } else if (part instanceof CallPart.Hangup) {
            xml.append("<Hangup/>");
        }
    }

    private static void say(StringBuilder xml, String text, Locale locale) {
        String[] voice = voiceOf(locale.getLanguage());
        xml.append("<Say voice=\"").append(voice[0]).append("\" language=\"").append(voice[1]).append("\">")
                .append(Twiml.escape(text)).append("</Say>");
    }

    private static String attr(String value) {
        return Twiml.escape(value);
    }
}
