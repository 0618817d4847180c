/**
 * Review entities: a worker's rating of an employer or recruiter ({@code Review}: overall 1–5,
 * aspects, season, a text sealed until a moderator publishes it) and where it stands
 * ({@code ReviewStatus}: counted, waiting, held as part of a burst, or refused).
 */
package org.jornada.review.entity;
