/**
 * Retention boundary (issue #13, docs/retention.md): {@code RetentionJob}, run by
 * {@code RetentionTimer} on the one node holding the {@code retention} lease, erases what could
 * point at the worker once a closed or resolved case passes the periods of
 * {@code platform.control.RetentionPeriods}, each case in its own transaction through complaint's
 * {@code CaseErasure}, audited; {@code RetentionPage} ({@code /staff/retention}) shows staff what
 * runs out in the next 30 days.
 */
package org.jornada.retention.boundary;
