package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The know-your-rights pages ({@code /rights} and {@code /rights/<slug>}, issue #14): each topic
 * with the problems its report button ticks, whether it offers the wage check, and how many
 * "what you are owed" lines it says. The words are in the bundles ({@code rights.<key>.*}), each
 * rule cited there from reference/domain-reference.md sections 2 to 4 and 6.
 */
@Named("rightsTopics")
@ApplicationScoped
public class RightsTopics {

    /** One page. {@code owed}: lines {@code rights.<key>.owed.1..n}; {@code where}: lines of where to go. */
    public enum Topic {
        PAY("pay", 5, 2, true, "BELOW_REQUIRED_WAGE"),
        THREE_FOURTHS("three-fourths", 3, 1, true, "THREE_FOURTHS_GUARANTEE"),
        HOUSING("housing", 4, 2, false, "UNSAFE_HOUSING"),
        TRAVEL("travel-and-visa", 4, 1, true, "TRAVEL_VISA_COSTS_NOT_REIMBURSED"),
        FEES("recruitment-fees", 4, 2, true, "RECRUITMENT_FEE"),
        DOCUMENTS("documents", 3, 2, false, "DOCUMENTS_TAKEN"),
        SAFETY("safety-and-heat", 4, 2, false, "HEAT_WATER_SHADE"),
        DISCRIMINATION("discrimination", 3, 2, false, "DISCRIMINATION"),
        RETALIATION("retaliation", 3, 2, false, "RETALIATION"),
        ORGANIZING("organizing", 3, 1, false, "RETALIATION"),
        TRAFFICKING("trafficking", 4, 2, false, "THREATS", "DEBT_BONDAGE", "MOVEMENT_RESTRICTED");

        private final String slug;
        private final int owed;
        private final int where;
        private final boolean wageCheck;
        private final List<String> categories;

        Topic(String slug, int owed, int where, boolean wageCheck, String... categories) {
            this.slug = slug;
            this.owed = owed;
            this.where = where;
            this.wageCheck = wageCheck;
            this.categories = List.of(categories);
        }

        public String getSlug() {
            return slug;
        }

        /** The bundle prefix: {@code rights.three_fourths}. */
        public String getKey() {
            return "rights." + name().toLowerCase(java.util.Locale.ROOT);
        }

        public List<String> getOwed() {
            return IntStream.rangeClosed(1, owed).mapToObj(i -> getKey() + ".owed." + i).toList();
        }

        public List<String> getWhere() {
            return IntStream.rangeClosed(1, where).mapToObj(i -> getKey() + ".where." + i).toList();
        }

        public boolean isWageCheck() {
            return wageCheck;
        }

        public List<String> getCategories() {
            return categories;
        }

        /** The report form's address with this topic's problems ticked: {@code category=A&category=B}. */
        public String getReportQuery() {
            return categories.stream().map(c -> "category=" + c).collect(Collectors.joining("&"));
        }
    }

    public List<Topic> getAll() {
        return Arrays.asList(Topic.values());
    }

    public Topic of(String slug) {
        return Arrays.stream(Topic.values()).filter(t -> t.slug.equals(slug)).findFirst().orElseThrow();
    }
}
