package org.jornada.platform.boundary;

import java.util.List;
import org.jornada.platform.control.FieldError;

/**
 * The rules of a request body record that Bean Validation cannot say: those that compare two of its
 * fields or put a figure in their message (a paycheck of more than 24 hours a day says how many hours
 * its days hold). {@link ApiBodies} asks every record of a body, nested ones included, once the body
 * is read; fields of the wrong type are null by then, and any message on such a field is dropped (the
 * type's message is said instead). Field names are the record's own; the reader puts the path before
 * them ({@code periods[2].}).
 */
public interface BodyRules {

    /** Every rule this record breaks, in the order of its fields; empty when none. */
    List<FieldError> broken();
}
