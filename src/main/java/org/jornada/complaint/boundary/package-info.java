/**
 * Complaint boundary: the form ({@code ReportPage}, {@code /report}) filed by
 * {@code ComplaintIntake}, the API ({@code ComplaintsServlet}, {@code POST /api/v1/complaints})
 * through the group commit ({@code ComplaintWriter}), both from {@code NewComplaints}; single-use
 * receipt and follow-up views ({@code ReceiptViews}, {@code FollowUpViews}); the follow-up page and
 * API ({@code FollowUp}, {@code FollowUpResource}) with the message thread ({@code MessageThread});
 * erasure ({@code CaseErasure}); and the hooks other features implement ({@code NewCaseHook},
 * {@code CaseNews}, {@code WorkerQuestions}, {@code ReportAttachment}).
 */
package org.jornada.complaint.boundary;
