package org.jornada.directory.control;

import java.util.List;

/** The public files the directory is built from, and the columns each must have. */
public enum ImportKind {
    H2A_DISCLOSURE(List.of(Columns.CASE_NUMBER, Columns.EMPLOYER_NAME)),
    H2B_DISCLOSURE(List.of(Columns.CASE_NUMBER, Columns.EMPLOYER_NAME)),
    WHD(List.of(Columns.WHD_CASE_ID, Columns.WHD_LEGAL_NAME)),
    DEBARMENT(List.of(Columns.DEBAR_ENTITY)),
    /** DOL's Foreign Labor Recruiter List: its columns are found by what they say ({@link RecruiterListColumns}). */
    RECRUITER_LIST(List.of());

    private final List<List<String>> required;

    ImportKind(List<List<String>> required) {
        this.required = required;
    }

    /** The first required column the headers lack, as the file would name it; empty when none. */
    public java.util.Optional<String> missing(List<String> headers) {
        if (this == RECRUITER_LIST) {
            return RecruiterListColumns.detect(headers).missing();
        }
        return required.stream().filter(names -> !Columns.present(headers, names)).findFirst()
                .map(names -> names.get(0));
    }
}
