package org.jornada.platform.control;

/**
 * Who runs a command, as the audit trail names them: the staff member's id and user name. The
 * staff room's principal is one; {@code platform} knows no more of staff than this.
 */
public interface Actor {

    long actorId();

    String actorName();
}
