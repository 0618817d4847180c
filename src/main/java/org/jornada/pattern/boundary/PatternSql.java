package org.jornada.pattern.boundary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.pattern.control.PatternFilter;

/**
 * The SQL every pattern view shares: which complaints count (not held as part of a flood, not a
 * duplicate, received in the period, and the filters), with its parameters in order. Plain SQL
 * that MySQL, MariaDB and H2 read alike.
 */
final class PatternSql {

    /** Cases that passed verification. */
    static final String VERIFIED = "('VERIFIED', 'ESCALATED', 'RESOLVED')";

    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    private PatternSql() {
    }

    /** The conditions on complaint {@code c} for this filter. */
    static PatternSql of(PatternFilter f, ZoneId zone) {
        PatternSql sql = new PatternSql();
        sql.where.append("c.held_burst IS NULL AND c.state <> 'DUPLICATE' AND c.received_at >= ? AND c.received_at < ?");
        sql.params.add(java.sql.Timestamp.from(f.from().atDay(1).atStartOfDay(zone).toInstant()));
        sql.params.add(java.sql.Timestamp.from(f.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        if (f.visa() != null) {
            sql.where.append(" AND c.visa_type = ?");
            sql.params.add(f.visa().name());
        }
        if (f.state() != null) {
            sql.where.append(" AND c.worksite_state = ?");
            sql.params.add(f.state());
        }
        if (f.verifiedOnly()) {
            sql.where.append(" AND c.state IN ").append(VERIFIED);
        }
        if (f.group() != null) {
            sql.where.append(" AND ").append(touches(f.group())).append(" = 1");
        }
        if (f.crop() != null) {
            sql.where.append(" AND c.employer_entity_id IN (SELECT fc.employer_id FROM certification fc"
                    + " WHERE LOWER(fc.crop) LIKE ?)");
            sql.params.add("%" + f.crop().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return sql;
    }

    /** 1 when the complaint touches the group, else 0 ({@code complaint.category_groups}, V16), in portable SQL. */
    static String touches(CategoryGroup group) {
        return "MOD(FLOOR(c.category_groups / " + (1 << group.ordinal()) + "), 2)";
    }

    /** The per-group counts of a GROUP BY, in {@code CategoryGroup} order. */
    static String groupSums() {
        return java.util.Arrays.stream(CategoryGroup.values()).map(g -> "SUM(" + touches(g) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The certification years of the period (seasons). */
    static String seasonYear() {
        return "COALESCE(fc.fiscal_year, EXTRACT(YEAR FROM fc.begin_date))";
    }
}
