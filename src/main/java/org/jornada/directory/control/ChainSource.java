package org.jornada.directory.control;

/** Where a link of the recruitment chain comes from (issue #28). */
public enum ChainSource {
    /** An agent or attorney named on a certification in the OFLC disclosure files. */
    DOL_DISCLOSURE,
    /** A recruiter or sub-recruiter an employer disclosed, in DOL's Foreign Labor Recruiter List. */
    RECRUITER_LIST,
    /** Verified cases linked to both entries (shown only from {@code JORNADA_MIN_REPORTS} cases up). */
    VERIFIED_CASES,
    /** A link staff made by hand (audited). */
    STAFF
}
