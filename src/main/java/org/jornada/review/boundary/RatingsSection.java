package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.jornada.directory.control.ProfileSection;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * The profile's {@code "ratings"}: {@code {"enoughReports": false}} below the minimum number of
 * workers; from there the count, the overall average, the averages of aspects rated by enough
 * workers, and the published texts with their season and the "verified worker" mark.
 */
@ApplicationScoped
public class RatingsSection implements ProfileSection {

    @Inject
    Reviews reviews;

    @Override
    public void addTo(JsonObjectBuilder profile, long entityId, int minimum) {
        Optional<Reviews.Summary> summary = reviews.summary(entityId, minimum);
        JsonObjectBuilder ratings = CachedJsonProvider.PROVIDER.createObjectBuilder().add("enoughReports", summary.isPresent());
        summary.ifPresent(s -> {
            JsonObjectBuilder aspects = CachedJsonProvider.PROVIDER.createObjectBuilder();
            s.aspects().forEach((aspect, average) -> aspects.add(aspect.name(), round(average)));
            JsonArrayBuilder texts = CachedJsonProvider.PROVIDER.createArrayBuilder();
            s.texts().forEach(t -> texts.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("season", t.season())
                    .add("overall", t.overall()).add("text", t.text()).add("verifiedWorker", t.verifiedWorker())));
            ratings.add("workers", s.workers()).add("verifiedWorkers", s.verifiedWorkers()).add("overall", round(s.overall())).add("aspects", aspects)
                    .add("reviews", texts);
        });
        profile.add("ratings", ratings);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
