package org.jornada.complaint.entity;

/** Who wrote a message in the receipt channel. */
public enum MessageAuthor {
    WORKER, ADVOCATE
}
