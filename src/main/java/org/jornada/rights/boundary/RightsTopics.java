package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The know-your-rights pages ({@code /rights} and {@code /rights/<slug>}, issue #14): each topic
 * with the problems its report button ticks, whether it offers the wage check, how many
 * "what you are owed" lines it says and which claim deadlines it states. The words are in the
 * bundles ({@code rights.<key>.*}), each rule cited there from reference/domain-reference.md
 * sections 0, 2 to 4 and 6 and aewr-2026.md sections 1a and 2; RightsWordsTest holds them to it.
 */
@Named("rightsTopics")
@ApplicationScoped
public class RightsTopics {

    /** One page. {@code owed}: lines {@code rights.<key>.owed.1..n}; {@code where}: lines of where to go. */
    public enum Topic {
        PAY("pay", 11, 2, true, ClockProducer.PAY, "BELOW_REQUIRED_WAGE"),
        THREE_FOURTHS("three-fourths", 3, 1, true, ClockProducer.CONTRACT, "THREE_FOURTHS_GUARANTEE"),
        HOUSING("housing", 5, 2, false, ClockProducer.NONE, "UNSAFE_HOUSING"),
        TRAVEL("travel-and-visa", 7, 1, true, ClockProducer.CONTRACT, "TRAVEL_VISA_COSTS_NOT_REIMBURSED"),
        FEES("recruitment-fees", 6, 2, true, ClockProducer.NONE, "RECRUITMENT_FEE"),
        DOCUMENTS("documents", 2, 2, false, ClockProducer.TRAFFICKING, "DOCUMENTS_TAKEN"),
        SAFETY("safety-and-heat", 4, 2, false, ClockProducer.OSHA, "HEAT_WATER_SHADE"),
        DISCRIMINATION("discrimination", 4, 2, false, ClockProducer.EEOC, "DISCRIMINATION"),
        RETALIATION("retaliation", 3, 2, false, ClockProducer.OSHA, "RETALIATION"),
        ORGANIZING("organizing", 3, 1, false, ClockProducer.NONE, "RETALIATION"),
        TRAFFICKING("trafficking", 4, 2, false, ClockProducer.TRAFFICKING, "THREATS", "DEBT_BONDAGE", "MOVEMENT_RESTRICTED");

        private final String slug;
        private final int owed;
        private final int where;
        private final boolean wageCheck;
        private final List<String> deadlines;
        private final List<String> categories;

        Topic(String slug, int owed, int where, boolean wageCheck, List<String> deadlines, String... categories) {
            this.slug = slug;
            this.owed = owed;
            this.where = where;
            this.wageCheck = wageCheck;
            this.deadlines = deadlines;
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

        /** The page's "deadlines to claim" lines: {@code rights.deadline.<name>}, shared between topics. */
        public List<String> getDeadlines() {
            return deadlines.stream().map(d -> "rights.deadline." + d).toList();
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

    /**
     * Which claim clocks a page states (reference/domain-reference.md section 3): the federal minimum
     * wage (FLSA, 2 or 3 years), the job order as a contract under the state's written-contract period
     * (secondary compilations, to be verified), the State Workforce Agency (2 years), the EEOC
     * (180/300 days), OSHA 11(c) (30 days) and the TVPA civil action (10 years).
     */
    static final class ClockProducer {
        static final List<String> NONE = List.of();
        static final List<String> CONTRACT = List.of("contract", "states", "verify");
        static final List<String> PAY = List.of("flsa", "contract", "states", "verify", "swa");
        static final List<String> OSHA = List.of("osha");
        static final List<String> EEOC = List.of("eeoc");
        static final List<String> TRAFFICKING = List.of("tvpa");

        private ClockProducer() {
        }
    }

    public List<Topic> getAll() {
        return Arrays.asList(Topic.values());
    }

    public Topic of(String slug) {
        return Arrays.stream(Topic.values()).filter(t -> t.slug.equals(slug)).findFirst().orElseThrow();
    }
}
