package org.jornada.complaint.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The canonical complaint categories of DESIGN.md, used in the API, the database, dashboards and
 * referral packets. Legal hooks per category: {@code reference/domain-reference.md} section 6.
 */
public enum Category {
    RECRUITMENT_FEE(CategoryGroup.RECRUITMENT),
    TRAVEL_VISA_COSTS_NOT_REIMBURSED(CategoryGroup.RECRUITMENT),
    FAKE_JOB(CategoryGroup.RECRUITMENT),
    MISREPRESENTED_TERMS(CategoryGroup.RECRUITMENT),
    NO_CONTRACT_IN_OWN_LANGUAGE(CategoryGroup.RECRUITMENT),
    BELOW_REQUIRED_WAGE(CategoryGroup.WAGES),
    UNPAID_HOURS(CategoryGroup.WAGES),
    ILLEGAL_DEDUCTIONS(CategoryGroup.WAGES),
    LATE_PAY(CategoryGroup.WAGES),
    NO_PAY_STATEMENT(CategoryGroup.WAGES),
    THREE_FOURTHS_GUARANTEE(CategoryGroup.WAGES),
    UNSAFE_HOUSING(CategoryGroup.HOUSING),
    CHARGED_FOR_HOUSING(CategoryGroup.HOUSING),
    NO_MEALS_OR_KITCHEN(CategoryGroup.HOUSING),
    TRANSPORT_NOT_PAID(CategoryGroup.TRANSPORT),
    UNSAFE_VEHICLE(CategoryGroup.TRANSPORT),
    HEAT_WATER_SHADE(CategoryGroup.HEALTH_SAFETY),
    PESTICIDES(CategoryGroup.HEALTH_SAFETY),
    INJURY_NOT_COVERED(CategoryGroup.HEALTH_SAFETY),
    NO_SANITATION(CategoryGroup.HEALTH_SAFETY),
    DOCUMENTS_TAKEN(CategoryGroup.COERCION),
    THREATS(CategoryGroup.COERCION),
    DEBT_BONDAGE(CategoryGroup.COERCION),
    MOVEMENT_RESTRICTED(CategoryGroup.COERCION),
    ISOLATION(CategoryGroup.COERCION),
    SEXUAL_HARASSMENT(CategoryGroup.DISCRIMINATION),
    DISCRIMINATION(CategoryGroup.DISCRIMINATION),
    RETALIATION(CategoryGroup.RETALIATION),
    BLACKLISTING(CategoryGroup.RETALIATION),
    OTHER(CategoryGroup.OTHER);

    private final CategoryGroup group;

    Category(CategoryGroup group) {
        this.group = group;
    }

    public CategoryGroup group() {
        return group;
    }

    /** Any COERCION category makes a case urgent (DESIGN.md). */
    public boolean isUrgent() {
        return group == CategoryGroup.COERCION;
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    public static List<Category> inGroup(CategoryGroup group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }
}
