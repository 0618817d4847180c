/**
 * Complaint control: plain logic without a container. A complaint as typed ({@code ComplaintDraft})
 * checked the same way for the form and the API ({@code ComplaintValidator}) into a
 * {@code ValidComplaint}; receipt codes kept only as HMAC ({@code ReceiptHasher}); the sealed
 * follow-up ticket ({@code FollowUpTicket}); the word index of case names ({@code NameWords}) and
 * the Java migration V10 that filled it for older cases ({@code NameKeysBackfill}).
 */
package org.jornada.complaint.control;
