/**
 * Review boundary (issue #4, docs/directory.md): workers rate employers and recruiters without an
 * account, by {@code POST /api/v1/reviews} ({@code ReviewsResource}) or the {@code /rate} page
 * ({@code RateEntry}), both through {@code ReviewIntake} and {@code Reviews} with their limits;
 * supervisors moderate on {@code /staff/reviews} ({@code ModerationPage}) and the staff API through
 * the command {@code ModerateReview}; the profile's ratings come through the directory's
 * {@code ProfileSection} hook ({@code RatingsSection}, {@code RatingsView}).
 */
package org.jornada.review.boundary;
