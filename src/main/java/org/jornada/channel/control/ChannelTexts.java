package org.jornada.channel.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.platform.control.Messages;

/** The conversation's lines in the worker's language, as one message; menus numbered one per line. */
public final class ChannelTexts {

    private ChannelTexts() {
    }

    public static String render(List<Line> lines, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Line line : lines) {
            Object[] args = new Object[line.args().length];
            for (int i = 0; i < args.length; i++) {
                Object arg = line.args()[i];
                args[i] = arg instanceof Menu menu ? menu(menu, locale)
                        : arg instanceof Phrase phrase ? Messages.get(locale, phrase.key()) : arg;
            }
            parts.add(Messages.get(locale, line.key(), args));
        }
        return String.join("\n\n", parts);
    }

    private static String menu(Menu menu, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < menu.keys().size(); i++) {
            out.append('\n').append(i + 1).append(' ').append(Messages.get(locale, menu.keys().get(i)));
        }
        return out.toString();
    }
}
