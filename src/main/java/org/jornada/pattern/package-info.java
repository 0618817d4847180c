/**
 * Patterns (issue #12): recruiters and employers ranked by complaints per 100 certified workers,
 * trends, maps of the US and Mexico drawn on the server, alerts, the recruitment chain (which
 * recruiters supply the employers complained about, issue #28), for unions, advocates and
 * supervisors, with every count under the minimum suppressed (complementary suppression
 * included) so that no worker can be picked out. Uses complaint, directory, staff and platform
 * (docs/architecture.md, docs/patterns.md).
 */
package org.jornada.pattern;
