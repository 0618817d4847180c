/**
 * Evidence entities: {@code Evidence}, one file of a complaint: the cleaned bytes sealed with
 * AES-GCM, their SHA-256, the type decided from the content, and the capture date read before
 * cleaning.
 */
package org.jornada.evidence.entity;
