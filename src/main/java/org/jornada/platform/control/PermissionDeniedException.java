package org.jornada.platform.control;

/**
 * A use-case command refused the person: they may not make this change (bundle key of why). The
 * refusal itself is audited by the command; pages show the message, resources answer {@code 403}.
 */
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public PermissionDeniedException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
