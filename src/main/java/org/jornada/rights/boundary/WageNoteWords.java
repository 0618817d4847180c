package org.jornada.rights.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jornada.platform.control.Messages;
import org.jornada.rights.control.WageAnswer.Note;

/**
 * One note of a wage check's answer in words ({@link WageAnswerWords#note}): its ISO days as long
 * dates, its amounts as money, its states by name, a table status in words. A note's arguments may
 * be the engine's objects or a kept answer's strings: which argument is money or hours is known by
 * the key, so both read the same.
 */
final class WageNoteWords {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private WageNoteWords() {
    }

    /** {@code n} in {@code locale}; a gap in the tables also says what each $1 an hour more adds. */
    static String note(Locale locale, Note n) {
        List<Object> raw = n.args();
        String key = n.key();
        boolean gap = key.startsWith("wage.gap.");
        Object[] args = new Object[raw.size() + (gap ? 1 : 0)];
        for (int i = 0; i < raw.size(); i++) {
            args[i] = arg(locale, key, i, raw.get(i));
        }
        if (gap && raw.size() >= 6) {
            // each $1 an hour above the floor used adds as many dollars as the hours worked then
            args[raw.size()] = WageWords.money(decimal(raw.get(3)));
            String text = Messages.get(locale, key, args);
            String next = raw.get(4) == null ? "" : String.valueOf(raw.get(4));
            return next.isBlank() ? text : text + " " + Messages.get(locale, "wage.gap.next", args[4], args[5]);
        }
        return Messages.get(locale, key, args);
    }

    private static Object arg(Locale locale, String key, int i, Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value).strip();
        boolean gap = key.startsWith("wage.gap.");
        if (i == 0 && (gap || "wage.assume.noHousingAdjustment".equals(key))) {
            return WageWords.stateName(locale, text);
        }
        if (i == 0 && key.startsWith("wage.note.deduction") && text.isEmpty()) {
            return Messages.get(locale, "wage.deduction.noWords");
        }
        if (ISO_DAY.matcher(text).matches()) {
            return WageWords.day(locale, LocalDate.parse(text));
        }
        if (gap && i == 3) {
            return WageWords.hours(decimal(text));
        }
        boolean money = (key.startsWith("wage.note.deduction") && i == 1)
                || ("wage.note.housingAdjustment".equals(key) && i == 0) || (gap && i == 4);
        if ((money || value instanceof BigDecimal) && NUMBER.matcher(text).matches()) {
            return WageWords.money(new BigDecimal(text));
        }
        if (i == 1 && ("wage.note.housingAdjustment".equals(key) || "wage.note.notOfficial".equals(key))) {
            String status = Messages.get(locale, "wage.status." + text);
            return status.startsWith("wage.status.") ? text : status;
        }
        return value instanceof Number ? text : value;
    }

    private static BigDecimal decimal(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : BigDecimal.ZERO;
    }
}
