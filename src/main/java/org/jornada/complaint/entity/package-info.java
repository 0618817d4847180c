/**
 * Complaints as stored: the case with its categories, receipt hash, encrypted narrative and
 * contact, and the message thread with the anonymous worker.
 */
package org.jornada.complaint.entity;
