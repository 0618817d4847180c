package org.jornada.pattern.boundary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.Category;
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
            sql.where.append(" AND EXISTS (SELECT 1 FROM complaint_category fg WHERE fg.complaint_id = c.id AND fg.code IN ")
                    .append(codes(f.group())).append(")");
        }
        if (f.crop() != null) {
            sql.where.append(" AND c.employer_entity_id IN (SELECT fc.employer_id FROM certification fc"
                    + " WHERE LOWER(fc.crop) LIKE ?)");
            sql.params.add("%" + f.crop().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return sql;
    }

    /** {@code ('A', 'B')}: the category codes of a group (enum names, never user text). */
    static String codes(CategoryGroup group) {
        return Category.inGroup(group).stream().map(c -> "'" + c.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code CASE g.code WHEN 'X' THEN 'WAGES' ... END}: a category's group in SQL. */
    static String groupOf(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Category c : Category.values()) {
            sql.append(" WHEN '").append(c.name()).append("' THEN '").append(c.group().name()).append("'");
        }
        return sql.append(" END").toString();
    }

    /** The certification years of the period (seasons). */
    static String seasonYear() {
        return "COALESCE(fc.fiscal_year, EXTRACT(YEAR FROM fc.begin_date))";
    }
}
