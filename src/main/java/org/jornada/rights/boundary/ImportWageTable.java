package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.ConflictException;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.UsStates;
import org.jornada.rights.control.WageRate;
import org.jornada.rights.control.WageTableCsv;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an ADMIN imports a newer wage table DOL published (CSV, {@link WageTableCsv}) from the
 * staff pages or {@code POST /api/v1/staff/wage-tables}. Run by the command engine: permission (a
 * refusal is audited), the input's rules, the table and all its rows or nothing (a CSV that does
 * not read is refused while the rows are read, in the change), the audit entry. Each
 * node reads the tables again once the change is counted in {@code data_version 'wage-tables'}.
 * A figure of an imported table wins over an older table's figure for the same state and date.
 */
@ApplicationScoped
public class ImportWageTable implements Command<StaffPrincipal, ImportWageTable.Upload, ImportWageTable.Imported> {

    /**
     * What the admin says of the table; the status of its rows ({@code direct} for DOL's own table).
     * Lengths are patterns: Payara's OpenAPI scanner fails on {@code @NotBlank} and {@code @Size} on
     * a record (see LinkCases).
     */
    public record Input(@NotNull(message = "wagetable.error.kind") WageRate.Kind kind,
            @NotNull(message = "wagetable.error.code") @Pattern(regexp = "[A-Za-z0-9_-]{2,40}",
                    message = "wagetable.error.code") String code,
            @NotNull(message = "wagetable.error.name") @Pattern(regexp = TEXT_300, message = "wagetable.error.name")
            String name,
            @NotNull(message = "wagetable.error.effective") LocalDate effectiveFrom,
            @NotNull(message = "wagetable.error.source") @Pattern(regexp = TEXT_500, message = "wagetable.error.source")
            String source,
            @NotNull(message = "wagetable.error.status") WageRate.Status status) {
    }

    /** Some text that is not only spaces, up to 300 or 500 characters. */
    static final String TEXT_300 = "(?s)(?=.*\\S).{1,300}";
    static final String TEXT_500 = "(?s)(?=.*\\S).{1,500}";

    /** What was imported. */
    public record Imported(long tableId, String code, int rows) {
    }

    /** The admin's input with the CSV's bytes; Bean Validation sees the input only. */
    record Upload(Input input, byte[] csv) {
    }

    @Inject
    Commands commands;

    @PersistenceContext
    EntityManager em;

    @Inject
    WageTables tables;

    @Inject
    Clock clock;

    public Imported run(StaffPrincipal admin, Input input, byte[] csv) {
        return commands.run(this, admin, null, new Upload(input, csv));
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Upload> call) {
        return Permission.only(call.who().role() == Role.ADMIN, null, "wage table import");
    }

    @Override
    public Object validated(Upload upload) {
        return upload.input();
    }

    @Override
    public Imported change(Call<StaffPrincipal, Upload> call) {
        Input input = call.input().input();
        byte[] csv = call.input().csv();
        List<WageTableCsv.Row> rows = WageTableCsv.read(csv == null ? new byte[0] : csv, stateNames());
        // The counter's row is locked until this transaction ends, on every node: two imports at
        // once take their turn here, so neither the code check nor the next id (MAX + 1) below is
        // passed twice (the second import waits, then sees the first one's table).
        tables.changed();
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM wage_table WHERE code = ?")
                .setParameter(1, input.code()).getSingleResult();
        if (existing.longValue() > 0) {
            throw new ConflictException("code", "wagetable.error.codeTaken", input.code());
        }
        long id = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM wage_table").getSingleResult())
                .longValue();
        em.createNativeQuery("INSERT INTO wage_table (id, code, kind, rule_version, name, effective_from, source,"
                + " imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, input.code()).setParameter(3, input.kind().name())
                .setParameter(4, ruleVersion(input.kind(), input.effectiveFrom())).setParameter(5, input.name().strip())
                .setParameter(6, java.sql.Date.valueOf(input.effectiveFrom())).setParameter(7, input.source().strip())
                .setParameter(8, java.sql.Timestamp.from(Instant.now(clock))).setParameter(9, call.who().username())
                .executeUpdate();
        // The rows are open-ended (effective_to stays NULL, V29): in force until a newer figure.
        for (WageTableCsv.Row row : rows) {
            em.createNativeQuery("INSERT INTO wage_rate (table_id, state, rate, effective_from, status, source, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, row.state())
                    .setParameter(3, row.rate()).setParameter(4, java.sql.Date.valueOf(row.effectiveFrom() == null
                            ? input.effectiveFrom() : row.effectiveFrom()))
                    .setParameter(5, input.status().label()).setParameter(6, input.source().strip())
                    .setParameter(7, row.note()).executeUpdate();
        }
        return new Imported(id, input.code(), rows.size());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Upload> call, Imported imported) {
        Input input = call.input().input();
        return Optional.of(new Entry(AuditTrail.WAGE_TABLE_IMPORTED, null, input.code() + " (" + input.kind() + "): "
                + imported.rows() + " rows from " + input.effectiveFrom()));
    }

    /** The rule a table of this kind belongs to: the IFR's from Oct 2 2025 (WageCheck.IFR_FROM). */
    static String ruleVersion(WageRate.Kind kind, LocalDate from) {
        return switch (kind) {
            case MINIMUM_WAGE -> "MINIMUM";
            case AEWR_SKILL_I, AEWR_SKILL_II, HOUSING_ADJUSTMENT -> "IFR_2025";
            default -> from.isBefore(org.jornada.rights.control.WageCheck.IFR_FROM) ? "2023_METHOD" : "IFR_2025";
        };
    }

    /** "north carolina" → NC, from the English names the portal shows. */
    private static Map<String, String> stateNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : UsStates.CODES) {
            names.put(Messages.get(Locale.ENGLISH, "usstate." + code).toLowerCase(Locale.ROOT), code);
            names.put(Messages.get(Locale.forLanguageTag("es"), "usstate." + code).toLowerCase(Locale.ROOT), code);
        }
        return names;
    }
}
