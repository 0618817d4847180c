package org.jornada.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts outside Faces pages (REST problem details, error texts), from the same
 * bundles as the pages: {@code org/jornada/platform/i18n/messages_<lang>.properties}.
 */
public final class Messages {

    public static final String BUNDLE = "org.jornada.platform.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = SupportedLocales.supported(locale);
        return ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, SupportedLocales.supported(locale)).format(args);
    }
}
