package org.jornada.complaint.boundary;

/**
 * Something a worker brings to the report form from another page, kept on the case once it is
 * filed: the wage check's calculation (issue #14, {@code rights}). It travels in a hidden form
 * field, through every re-render of the form, never in a URL; implementations are CDI beans.
 */
public interface ReportAttachment {

    /** The form field it travels in. */
    String field();

    /** Whether the value is one this feature can keep (checked on every request that carries it). */
    boolean accepts(String value);

    /** The message key the form and the receipt show for it ("your wage check will be added"). */
    String noticeKey();

    /**
     * Keeps it on the case just filed, in a transaction of its own after the case is stored; false
     * when it could not be kept (the receipt page then says how to add it again).
     */
    boolean attach(long caseId, String value);
}
