package org.jornada.evidence.control;

/** The content is not a type Jornada accepts, or cannot be read as the type it claims. */
public class UnsupportedEvidenceException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsupportedEvidenceException(String message) {
        super(message);
    }
}
