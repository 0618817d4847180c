package org.jornada.rights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.boundary.DataVersions;
import org.jornada.rights.control.WageCheck;
import org.jornada.rights.control.WageRate;

/**
 * The wage tables as the wage check reads them: every row of {@code wage_rate} with its table
 * (V21, and any table an ADMIN imported since). Read once and kept: a few hundred rows that change
 * when DOL publishes, not per request. An import counts itself in {@code data_version
 * 'wage-tables'} (V22); each node looks at that counter at most once a second and reads the
 * tables again when it moved, so an import on one node is used by all.
 */
@ApplicationScoped
public class WageTables {

    static final String VERSION = "wage-tables";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataVersions versions;

    private volatile WageCheck check;
    private DataVersions.Watch watch;

    @PostConstruct
    void watch() {
        watch = versions.watch(VERSION);
    }

    /** The wage check over the current tables. */
    public WageCheck check() {
        WageCheck current = check;
        if (current == null || watch.moved()) {
            long version = watch.current();
            current = new WageCheck(read());
            check = current;
            watch.builtFrom(version);
        }
        return current;
    }

    /** A table was imported (in the caller's transaction): counted for every node; read again here. */
    public void changed() {
        versions.count(VERSION);
        check = null;
    }

    /**
     * Every row, the newest import's first: for the same kind, state and date the check takes the
     * first row it meets, so an official table an ADMIN imported wins over the migration's figure.
     * Each row with its last day in force ({@code effective_to}, V29; null while no later figure is
     * known, and for every imported row).
     */
    List<WageRate> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.code, t.name, t.kind, r.state, r.rate, r.effective_from,"
                + " r.status, r.source, r.effective_to FROM wage_rate r JOIN wage_table t ON t.id = r.table_id"
                + " ORDER BY CASE WHEN t.imported_at IS NULL THEN 1 ELSE 0 END, t.imported_at DESC, t.id DESC, r.id")
                .getResultList();
        return rows.stream().map(r -> new WageRate((String) r[0], (String) r[1], WageRate.Kind.valueOf((String) r[2]),
                ((String) r[3]).strip(), (BigDecimal) r[4], date(r[5]),
                WageRate.Status.valueOf(((String) r[6]).toUpperCase(Locale.ROOT)), (String) r[7], date(r[8]))).toList();
    }

    /**
     * A table as staff see it listed: {@code effectiveTo} the last day any of its rows is in force,
     * null while one of them is open-ended; {@code importedAt} and {@code importedBy} null for the
     * migration's.
     */
    public record Listed(String code, String name, String kind, String ruleVersion, LocalDate effectiveFrom,
            LocalDate effectiveTo, int rows, String source, String importedAt, String importedBy) {
    }

    /** The tables, newest first, with how many rows each holds and until when they are in force. */
    public List<Listed> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.code, t.name, t.kind, t.rule_version, t.effective_from,"
                + " (SELECT MAX(r.effective_to) FROM wage_rate r WHERE r.table_id = t.id),"
                + " (SELECT COUNT(*) FROM wage_rate r WHERE r.table_id = t.id AND r.effective_to IS NULL),"
                + " (SELECT COUNT(*) FROM wage_rate r WHERE r.table_id = t.id), t.source, t.imported_at, t.imported_by"
                + " FROM wage_table t ORDER BY t.id DESC").getResultList();
        return rows.stream().map(t -> new Listed((String) t[0], (String) t[1], (String) t[2], (String) t[3], date(t[4]),
                ((Number) t[6]).longValue() > 0 ? null : date(t[5]), ((Number) t[7]).intValue(), (String) t[8],
                t[9] == null ? null : String.valueOf(t[9]), (String) t[10])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
