package org.jornada.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.UsStates;

/**
 * What a worker asks the job check ({@code /job-check}, {@code GET /api/v1/job-check}): the job
 * order's case number, or an employer's and/or a recruiter's name, and the state the job is said
 * to be in. Only these fields, never anything about the worker, so the answer is a shareable link.
 * Read with {@link #read}: an unusable value is a {@link FieldError} naming its field.
 *
 * <pre>{@code
 * JobCheckQuery.Read read = JobCheckQuery.read("h 300 26001 000123", null, null, "ga");
 * read.query().caseNumber(); // "H-300-26001-000123", state "GA"
 * }</pre>
 */
public record JobCheckQuery(String caseNumber, String employer, String recruiter, String state) {

    /** The longest name taken (the directory's search takes 200 characters). */
    public static final int NAME_MAX = 200;

    /** A case number as OFLC writes it (H-300-26001-000123), dashes and spaces optional. */
    private static final Pattern CASE = Pattern.compile("([A-Z])-?(\\d{3})-?(\\d{5})-?(\\d{6})");
    /** An older case number (C-07123-12345). */
    private static final Pattern OLD_CASE = Pattern.compile("([A-Z])-?(\\d{5})-?(\\d{5})");
    /** Characters no employer's or recruiter's name has: markup, code and control characters. */
    private static final Pattern HOSTILE = Pattern.compile("[<>{}\\[\\]\\\\|`$^~=*\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

    /** The query, or the problems with what was sent. */
    public record Read(JobCheckQuery query, List<FieldError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Whether the query names a case (then the employer and recruiter only help the flags). */
    public boolean byCaseNumber() {
        return caseNumber != null;
    }

    public static Read read(String caseNumber, String employer, String recruiter, String state) {
        List<FieldError> errors = new ArrayList<>();
        String number = blankToNull(caseNumber);
        if (number != null) {
            number = canonicalCase(number);
            if (number == null) {
                errors.add(new FieldError("caseNumber", "jobcheck.caseNumber.invalid"));
            }
        }
        String employerName = name("employer", employer, errors);
        String recruiterName = name("recruiter", recruiter, errors);
        String stateCode = blankToNull(state);
        if (stateCode != null) {
            stateCode = stateCode.toUpperCase(Locale.ROOT);
            if (stateCode.length() != 2 || !UsStates.CODES.contains(stateCode)) {
                errors.add(new FieldError("state", "jobcheck.state.invalid"));
            }
        }
        if (errors.isEmpty() && number == null && employerName == null && recruiterName == null) {
            errors.add(new FieldError("caseNumber", "jobcheck.query.empty"));
        }
        return new Read(errors.isEmpty() ? new JobCheckQuery(number, employerName, recruiterName, stateCode) : null,
                List.copyOf(errors));
    }

    /** The case number as OFLC writes it, or null when the text cannot be one. */
    static String canonicalCase(String typed) {
        if (typed.length() > 40) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\u2010-\u2015]", "-").replaceAll("-+", "-");
        Matcher m = CASE.matcher(compact);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4);
        }
        m = OLD_CASE.matcher(compact);
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    private static String name(String field, String value, List<FieldError> errors) {
        String name = blankToNull(value);
        if (name == null) {
            return null;
        }
        if (value.length() > NAME_MAX || name.codePoints().filter(Character::isLetterOrDigit).count() < 2
                || HOSTILE.matcher(name).find()) {
            errors.add(new FieldError(field, "jobcheck." + field + ".invalid", NAME_MAX));
            return null;
        }
        return name.replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
