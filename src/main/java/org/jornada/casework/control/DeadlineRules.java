package org.jornada.casework.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * The legal clocks a complaint starts, from its categories and dates. Every rule and figure comes
 * from {@code shared/reference/domain-reference.md} section 3, with the source it cites there.
 *
 * <p>Dates are known to the month only, so each clock starts on the earliest day it could have
 * started (the first day of the month): the deadline shown is never later than the real one.
 * When the worker gave no month, the clocks count from the day received (or the first short pay
 * period a wage check found), which may be later than the real start: the case page says so.
 * A clock that counts from the last incident (EEOC harassment) starts at the end month, or at
 * the date received when the worker says it is still happening.
 */
public final class DeadlineRules {

    public static final String FLSA = "FLSA";
    public static final String FLSA_WILLFUL = "FLSA_WILLFUL";
    public static final String OSHA_11C = "OSHA_11C";
    public static final String EEOC = "EEOC";
    public static final String EEOC_FEPA = "EEOC_FEPA";
    public static final String TVPA = "TVPA";
    public static final String CONTRACT = "STATE_CONTRACT";
    public static final String SWA_COMPLAINT = "SWA_COMPLAINT";

    private static final Set<Category> WAGE_CLAIMS = EnumSet.of(Category.BELOW_REQUIRED_WAGE, Category.UNPAID_HOURS,
            Category.ILLEGAL_DEDUCTIONS, Category.LATE_PAY, Category.NO_PAY_STATEMENT,
            Category.THREE_FOURTHS_GUARANTEE, Category.RECRUITMENT_FEE, Category.TRAVEL_VISA_COSTS_NOT_REIMBURSED,
            Category.CHARGED_FOR_HOUSING, Category.TRANSPORT_NOT_PAID);
    private static final Set<Category> CONTRACT_CLAIMS = EnumSet.of(Category.BELOW_REQUIRED_WAGE,
            Category.UNPAID_HOURS, Category.ILLEGAL_DEDUCTIONS, Category.LATE_PAY, Category.THREE_FOURTHS_GUARANTEE,
            Category.MISREPRESENTED_TERMS, Category.TRAVEL_VISA_COSTS_NOT_REIMBURSED, Category.TRANSPORT_NOT_PAID,
            Category.CHARGED_FOR_HOUSING, Category.NO_MEALS_OR_KITCHEN);
    private static final Set<Category> EEOC_CLAIMS = EnumSet.of(Category.SEXUAL_HARASSMENT, Category.DISCRIMINATION);
    private static final Set<Category> RETALIATION_CLAIMS = EnumSet.of(Category.RETALIATION, Category.BLACKLISTING);

    /**
     * Written-contract limitation periods in years by worksite state, "secondary compilations,
     * verify" in the reference (section 3): support.casefox.com, aldungroup.com,
     * millikenandmichaels.com; Georgia from Morales-Arcadio v. Shannon Produce Farms (S.D. Ga. 2006).
     */
    static final Map<String, Integer> CONTRACT_YEARS = Map.ofEntries(Map.entry("FL", 5), Map.entry("CA", 4),
            Map.entry("TX", 4), Map.entry("GA", 6), Map.entry("NC", 3), Map.entry("WA", 6), Map.entry("MI", 6),
            Map.entry("AZ", 6), Map.entry("ID", 5), Map.entry("LA", 10), Map.entry("SC", 3), Map.entry("VA", 5),
            Map.entry("OR", 6), Map.entry("PA", 4), Map.entry("NY", 6));

    private DeadlineRules() {
    }

    /** The written-contract limitation period of a worksite state, in years, when the reference has it. */
    public static java.util.OptionalInt contractYears(String state) {
        Integer years = state == null ? null : CONTRACT_YEARS.get(state);
        return years == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(years);
    }

    /**
     * The facts the clocks depend on.
     *
     * @param firstShortPay the end of the first pay period a wage check kept on the case found short
     *     (null when none): an exact day where the worker's start is known to the month only
     */
    public record Facts(Set<Category> categories, YearMonth startedOn, YearMonth endedOn, String worksiteState,
            LocalDate received, LocalDate firstShortPay, LocalDate firstBelowFederal) {

        public Facts(Set<Category> categories, YearMonth startedOn, YearMonth endedOn, String worksiteState,
                LocalDate received) {
            this(categories, startedOn, endedOn, worksiteState, received, null, null);
        }

        public Facts(Set<Category> categories, YearMonth startedOn, YearMonth endedOn, String worksiteState,
                LocalDate received, LocalDate firstShortPay) {
            this(categories, startedOn, endedOn, worksiteState, received, firstShortPay, null);
        }


        /**
         * The day the pay claims (FLSA, the job order as a contract) started to run: the first short
         * pay period's end when it falls in the month the worker gave or before it (the month made exact),
         * else the first day of that month (a later short period does not move a start the worker dated
         * earlier); the first short period's end, or the day received, when the worker gave no month.
         */
        public LocalDate payClaimsFrom() {
            if (startedOn == null) {
                return firstShortPay != null ? firstShortPay : received;
            }
            if (firstShortPay != null && firstShortPay.isBefore(startedOn.plusMonths(1).atDay(1))) {
                return firstShortPay;
            }
            return startedOn.atDay(1);
        }
    }

    /**
     * The clocks of pay claims that accrued on {@code accrued}: the one rule the case's clocks and the
     * wage check both use, so that a claim shows one date wherever it is read (issue #24). Reference
     * section 3: FLSA 2 years, 3 if willful (29 U.S.C. 255(a)), the cause of action accruing on each
     * payday; the Employment Service complaint system, complaints within 2 years of the violation
     * (20 CFR 658.411(d)(6)); the worksite state's written-contract period for the job order.
     */
    public static List<Deadline> payClaims(LocalDate accrued, String worksiteState, boolean withSwa) {
        return payClaims(accrued, accrued, worksiteState, withSwa);
    }

    /**
     * The same, with the FLSA clocks from {@code flsaAccrued}, the first payday below the federal
     * minimum wage, and none when it is null: a worker paid at or above $7.25 has no FLSA
     * minimum-wage claim, only the job order's (issue #25).
     */
    public static List<Deadline> payClaims(LocalDate accrued, LocalDate flsaAccrued, String worksiteState,
            boolean withSwa) {
        List<Deadline> clocks = new ArrayList<>();
        if (flsaAccrued != null) {
            clocks.add(new Deadline(FLSA, flsaAccrued.plusYears(2),
                    "FLSA minimum wage or overtime: 2 years after the cause of action accrues",
                    "29 U.S.C. 255(a) (govregs.com/uscode/title29_chapter9_section255)"));
            clocks.add(new Deadline(FLSA_WILLFUL, flsaAccrued.plusYears(3),
                    "FLSA, willful violation (employer knew or showed reckless disregard): 3 years",
                    "29 U.S.C. 255(a); McLaughlin v. Richland Shoe, 486 U.S. 128 (1988)"));
        }
        if (withSwa) {
            clocks.add(new Deadline(SWA_COMPLAINT, accrued.plusYears(2),
                    "Employment Service complaint system (job order): complaints within 2 years of the violation",
                    "20 CFR 658.411(d)(6), referenced in 20 CFR 658.400"));
        }
        contract(accrued, worksiteState).ifPresent(clocks::add);
        return clocks;
    }

    private static Optional<Deadline> contract(LocalDate accrued, String worksiteState) {
        Integer years = worksiteState == null ? null : CONTRACT_YEARS.get(worksiteState);
        if (years == null) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(CONTRACT, accrued.plusYears(years),
                "H-2 job order as a written contract, " + worksiteState + ": " + years
                        + " years (secondary compilation, verify)",
                "State statutes of limitations on written contracts, e.g. Fla. Stat. 95.11(2), Cal. CCP 337, "
                        + "Tex. CPRC 16.004 (secondary compilations: support.casefox.com, "
                        + "millikenandmichaels.com; aldungroup.com/statute-of-limitations)",
                List.of(worksiteState, Integer.toString(years))));
    }

    public static List<Deadline> clocks(Facts facts) {
        List<Deadline> clocks = new ArrayList<>();
        LocalDate started = facts.startedOn() != null ? facts.startedOn().atDay(1) : facts.received();
        LocalDate lastIncident = facts.endedOn() != null ? facts.endedOn().atDay(1) : facts.received();
        Set<Category> categories = facts.categories();

        LocalDate payFrom = facts.payClaimsFrom();
        if (categories.stream().anyMatch(WAGE_CLAIMS::contains)) {
            if (facts.firstShortPay() != null) {
                // a wage check kept on the case found what is owed: its clocks are the case's, the same rule from the
                // same days (issue #25): FLSA only from a payday below the federal minimum, and the SWA complaint
                clocks.addAll(payClaims(payFrom, facts.firstBelowFederal(), null, true));
            } else {
                clocks.addAll(payClaims(payFrom, payFrom, null, false));
            }
        }
        if (categories.stream().anyMatch(RETALIATION_CLAIMS::contains)) {
            clocks.add(new Deadline(OSHA_11C, lastIncident.plusDays(30),
                    "OSHA section 11(c) retaliation complaint: 30 days after the adverse action",
                    "OSHA fact sheet \"Filing Whistleblower Complaints under Section 11(c)\""));
        }
        if (categories.stream().anyMatch(EEOC_CLAIMS::contains)) {
            clocks.add(new Deadline(EEOC, lastIncident.plusDays(180),
                    "EEOC charge: 180 calendar days (harassment: from the last incident)",
                    "42 U.S.C. 2000e-5(e)(1); 29 CFR 1601.13 (EEOC time limits)"));
            clocks.add(new Deadline(EEOC_FEPA, lastIncident.plusDays(300),
                    "EEOC charge where a state or local FEPA enforces a law on the same basis: 300 days",
                    "42 U.S.C. 2000e-5(e)(1); 29 CFR 1601.13 (EEOC time limits)"));
        }
        if (categories.stream().anyMatch(c -> c.group() == CategoryGroup.COERCION)) {
            clocks.add(new Deadline(TVPA, started.plusYears(10),
                    "TVPA civil action: 10 years after the cause of action arose",
                    "18 U.S.C. 1595 (accountabilityhub.org)"));
        }
        if (categories.stream().anyMatch(CONTRACT_CLAIMS::contains)) {
            contract(payFrom, facts.worksiteState()).ifPresent(clocks::add);
        }
        clocks.sort(Comparator.comparing(Deadline::dueOn));
        return clocks;
    }

    public static Optional<Deadline> nearest(Facts facts) {
        return clocks(facts).stream().findFirst();
    }
}
