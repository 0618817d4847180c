package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jornada.rights.control.WageCheck;
import org.jornada.rights.control.WageRate;

/**
 * The wage tables as the wage check reads them: every row of {@code wage_rate} with its table
 * (V21, and any table an ADMIN imports later). Read once and kept: a few hundred rows that change
 * when DOL publishes, not per request; {@link #changed()} reads them again.
 */
@ApplicationScoped
public class WageTables {

    @PersistenceContext
    EntityManager em;

    private volatile WageCheck check;

    /** The wage check over the current tables. */
    public WageCheck check() {
        WageCheck current = check;
        if (current == null) {
            current = new WageCheck(read());
            check = current;
        }
        return current;
    }

    /** A table was imported: read the rows again. */
    public void changed() {
        check = null;
    }

    List<WageRate> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.code, t.name, t.kind, r.state, r.rate, r.effective_from,"
                + " r.status, r.source FROM wage_rate r JOIN wage_table t ON t.id = r.table_id ORDER BY r.id").getResultList();
        return rows.stream().map(r -> new WageRate((String) r[0], (String) r[1], WageRate.Kind.valueOf((String) r[2]),
                ((String) r[3]).strip(), (BigDecimal) r[4], date(r[5]),
                WageRate.Status.valueOf(((String) r[6]).toUpperCase(Locale.ROOT)), (String) r[7])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
