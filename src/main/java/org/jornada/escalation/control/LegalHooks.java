package org.jornada.escalation.control;

import java.util.Map;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * The regulations each kind of complaint touches, as a referral packet cites them. From
 * ../shared/reference/domain-reference.md section 6, "Suggested portal category mapping", whose
 * own note says it is inferred (a synthesis, not a source): the packet presents these as the
 * provisions the facts point at, never as findings.
 */
public final class LegalHooks {

    private static final Map<CategoryGroup, String> HOOKS = Map.of(
            CategoryGroup.RECRUITMENT, "20 CFR 655.135(j)/(k); 20 CFR 655.20(o)/(p); 20 CFR 655.122(q)",
            CategoryGroup.WAGES, "20 CFR 655.120; 20 CFR 655.122(i), (k), (l), (m), (p); FLSA",
            CategoryGroup.HOUSING, "20 CFR 655.122(d), (g); 29 CFR 1910.142",
            CategoryGroup.TRANSPORT, "20 CFR 655.122(h)",
            CategoryGroup.HEALTH_SAFETY, "OSHA; 20 CFR 655.122(e)",
            CategoryGroup.COERCION, "ILO forced labour indicators 1-11; TVPA 18 U.S.C. 1589/1595",
            CategoryGroup.DISCRIMINATION, "EEOC",
            CategoryGroup.RETALIATION, "20 CFR 655.135(h); 20 CFR 655.20(n); OSHA 11(c)");

    private LegalHooks() {
    }

    /** The provisions, or empty for a group the reference maps to none (OTHER). */
    public static String of(CategoryGroup group) {
        return HOOKS.getOrDefault(group, "");
    }
}
