package org.jornada.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The ratings part of a public profile page (see {@link RatingsSection} for the rules). */
@Named("ratings")
@RequestScoped
public class RatingsView {

    @Inject
    Reviews reviews;

    private Optional<Reviews.Summary> summary;

    public Reviews.Summary of(long entityId, int minimum) {
        if (summary == null) {
            summary = reviews.summary(entityId, minimum);
        }
        return summary.orElse(null);
    }

    public double rounded(double value) {
        return RatingsSection.round(value);
    }
}
