package org.jornada.directory.entity;

import java.util.Optional;

/**
 * The key the Foreign Labor Recruiter List uses for a certification: the last six digits of the
 * NPC case number (reference section 2, ivener.com 2016). A spreadsheet may have turned
 * "012345" into the number 12345 or "12345.0": the digits are padded back to six.
 */
public final class CaseSuffix {

    private CaseSuffix() {
    }

    /** The suffix of a case number or of the digits a list gives; empty when it holds no digit. */
    public static Optional<String> of(String caseNumber) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        String text = caseNumber.strip().replaceAll("\\.0+$", "");
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        String last = digits.length() > 6 ? digits.substring(digits.length() - 6) : digits;
        return Optional.of("0".repeat(6 - last.length()) + last);
    }
}
