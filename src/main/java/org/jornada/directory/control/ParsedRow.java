package org.jornada.directory.control;

import org.jornada.platform.control.NameKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.jornada.directory.entity.Certification;
import org.jornada.directory.entity.EnforcementAction;
import org.jornada.directory.entity.EntityKind;

/**
 * A data row read into what the directory keeps. A row that cannot be read throws
 * {@link UnreadableRowException} with the reason the import report gives.
 */
public sealed interface ParsedRow {

    /** Who a row is about, as the file names them. */
    record Party(EntityKind kind, String name, String tradeName, String city, String state, String country,
            String fein) {
    }

    record Disclosure(long number, Party employer, Party agent, Certification.Facts facts) implements ParsedRow {
    }

    record Enforcement(long number, Party employer, EnforcementAction.Facts facts) implements ParsedRow {
        public boolean isH2() {
            return facts.h2aViolations() > 0 || facts.h2bViolations() > 0;
        }
    }

    record DebarmentRow(long number, Party party, LocalDate start, LocalDate end, String violation, String citation,
            String rowKey) implements ParsedRow {
    }

    /**
     * A row of the Foreign Labor Recruiter List: the recruiter an employer disclosed for the case
     * with this suffix, and the sub-recruiters working for it that the row names.
     */
    record RecruiterListing(long number, String caseSuffix, String caseNumber, Integer fiscalYear, String visaClass,
            Party recruiter, java.util.List<Party> subRecruiters, String employerName) implements ParsedRow {

        /** The key of one stored row (the recruiter alone, or with one sub-recruiter): a re-import finds it. */
        public String rowKey(Party subRecruiter) {
            return sha256(caseSuffix + "|" + fiscalYear + "|" + visaClass + "|" + NameKey.of(recruiter.name()) + "|"
                    + (subRecruiter == null ? "" : NameKey.of(subRecruiter.name())));
        }
    }

    long number();

    /** A row the import skips, and why (the report's words). */
    final class UnreadableRowException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableRowException(String reason) {
            super(reason, null, false, false);
        }
    }

    static ParsedRow parse(ImportKind kind, TableRows.Row row, Integer fiscalYear) throws UnreadableRowException {
        return parse(kind, row, fiscalYear, null);
    }

    /** A row of a file of this kind; {@code listColumns} where a recruiter list's columns are. */
    static ParsedRow parse(ImportKind kind, TableRows.Row row, Integer fiscalYear, RecruiterListColumns listColumns)
            throws UnreadableRowException {
        return switch (kind) {
            case H2A_DISCLOSURE, H2B_DISCLOSURE -> disclosure(kind, row, fiscalYear);
            case WHD -> enforcement(row);
            case DEBARMENT -> debarment(row);
            case RECRUITER_LIST -> RecruiterListRows.read(row, listColumns, fiscalYear);
        };
    }

    private static Disclosure disclosure(ImportKind kind, TableRows.Row row, Integer fiscalYear) throws UnreadableRowException {
        String caseNumber = row.get(Columns.CASE_NUMBER);
        if (caseNumber == null) {
            throw new UnreadableRowException("no case number");
        }
        if (caseNumber.length() > 40) {
            throw new UnreadableRowException("case number longer than 40 characters");
        }
        String employer = row.get(Columns.EMPLOYER_NAME);
        if (employer == null || NameKey.of(employer).isEmpty()) {
            throw new UnreadableRowException("no employer name");
        }
        String visa = kind == ImportKind.H2A_DISCLOSURE ? "H-2A" : "H-2B";
        String declared = row.get(Columns.VISA_CLASS);
        if (declared != null && !declared.toUpperCase(Locale.ROOT).replace("-", "").contains(visa.replace("-", ""))) {
            throw new UnreadableRowException("visa class " + declared + " in an " + visa + " file");
        }
        try {
            Certification.Facts facts = new Certification.Facts(caseNumber.toUpperCase(Locale.ROOT), visa, fiscalYear,
                    row.get(Columns.CASE_STATUS), row.get(Columns.JOB_TITLE), row.get(Columns.SOC_CODE),
                    row.get(Columns.CROP), Cells.count(row.get(Columns.WORKERS_REQUESTED)).orElse(null),
                    Cells.count(row.get(Columns.WORKERS_CERTIFIED)).orElse(null),
                    Cells.date(row.get(Columns.BEGIN_DATE)).orElse(null), Cells.date(row.get(Columns.END_DATE)).orElse(null),
                    Cells.money(row.get(Columns.WAGE)).map(m -> m.setScale(2, java.math.RoundingMode.HALF_UP))
                            .orElse(null),
                    row.get(Columns.WAGE_UNIT), Cells.state(row.get(Columns.WORKSITE_STATE)),
                    row.get(Columns.WORKSITE_COUNTY));
            Party agent = agent(row);
            return new Disclosure(row.number(), new Party(EntityKind.EMPLOYER, employer, row.get(Columns.TRADE_NAME),
                    row.get(Columns.EMPLOYER_CITY), Cells.state(row.get(Columns.EMPLOYER_STATE)), "United States",
                    row.get(Columns.EMPLOYER_FEIN)), agent, facts);
        } catch (IllegalArgumentException unreadableCell) {
            throw new UnreadableRowException("a date, count or amount that cannot be read");
        }
    }

    private static Party agent(TableRows.Row row) {
        String firm = row.get(Columns.AGENT_FIRM);
        if (firm == null) {
            String first = row.get(Columns.AGENT_FIRST);
            String last = row.get(Columns.AGENT_LAST);
            firm = last == null ? null : (first == null ? last : first + " " + last);
        }
        if (firm == null || NameKey.of(firm).isEmpty()) {
            return null;
        }
        return new Party(EntityKind.AGENT, firm, null, row.get(Columns.AGENT_CITY),
                Cells.state(row.get(Columns.AGENT_STATE)), "United States", null);
    }

    private static Enforcement enforcement(TableRows.Row row) throws UnreadableRowException {
        String caseId = row.get(Columns.WHD_CASE_ID);
        String name = row.get(Columns.WHD_LEGAL_NAME);
        if (caseId == null || caseId.length() > 40) {
            throw new UnreadableRowException("no case id");
        }
        if (name == null || NameKey.of(name).isEmpty()) {
            name = row.get(Columns.WHD_TRADE_NAME);
            if (name == null || NameKey.of(name).isEmpty()) {
                throw new UnreadableRowException("no employer name");
            }
        }
        try {
            BigDecimal backWages = Cells.money(row.get(Columns.WHD_BACK_WAGES)).orElseGet(() ->
                    Cells.money(row.get(Columns.WHD_H2A_BACK_WAGES)).orElse(BigDecimal.ZERO)
                            .add(Cells.money(row.get(Columns.WHD_H2B_BACK_WAGES)).orElse(BigDecimal.ZERO))
                            .add(Cells.money(row.get(Columns.WHD_FLSA_BACK_WAGES)).orElse(BigDecimal.ZERO)));
            BigDecimal penalties = Cells.money(row.get(Columns.WHD_H2A_PENALTIES)).orElse(BigDecimal.ZERO)
                    .add(Cells.money(row.get(Columns.WHD_FLSA_PENALTIES)).orElse(BigDecimal.ZERO))
                    .add(Cells.money(row.get(Columns.WHD_MSPA_PENALTIES)).orElse(BigDecimal.ZERO));
            EnforcementAction.Facts facts = new EnforcementAction.Facts(caseId, Cells.date(row.get(Columns.WHD_FINDINGS_START))
                    .orElse(null), Cells.date(row.get(Columns.WHD_FINDINGS_END)).orElse(null),
                    Cells.count(row.get(Columns.WHD_H2A_VIOLATIONS)).orElse(0),
                    Cells.count(row.get(Columns.WHD_H2B_VIOLATIONS)).orElse(0),
                    Cells.count(row.get(Columns.WHD_FLSA_VIOLATIONS)).orElse(0), backWages, penalties,
                    Cells.date(row.get(Columns.WHD_LOAD_DATE)).orElse(null));
            return new Enforcement(row.number(), new Party(EntityKind.EMPLOYER, name, row.get(Columns.WHD_TRADE_NAME),
                    row.get(Columns.WHD_CITY), Cells.state(row.get(Columns.WHD_STATE)), "United States", null), facts);
        } catch (IllegalArgumentException unreadableCell) {
            throw new UnreadableRowException("a date, count or amount that cannot be read");
        }
    }

    private static DebarmentRow debarment(TableRows.Row row) throws UnreadableRowException {
        String name = row.get(Columns.DEBAR_ENTITY);
        if (name == null || NameKey.of(name).isEmpty()) {
            throw new UnreadableRowException("no entity name");
        }
        String type = String.valueOf(row.get(Columns.DEBAR_TYPE)).toLowerCase(Locale.ROOT);
        EntityKind kind = type.contains("agent") || type.contains("attorney") ? EntityKind.AGENT
                : type.contains("recruit") ? EntityKind.RECRUITER : EntityKind.EMPLOYER;
        String location = row.get(Columns.DEBAR_LOCATION);
        String city = null;
        String state = null;
        if (location != null) {
            int comma = location.lastIndexOf(',');
            state = Cells.state(comma < 0 ? location : location.substring(comma + 1));
            city = comma < 0 ? null : location.substring(0, comma).strip();
        }
        try {
            LocalDate start = Cells.date(row.get(Columns.DEBAR_START)).orElse(null);
            LocalDate end = Cells.date(row.get(Columns.DEBAR_END)).orElse(null);
            String citation = row.get(Columns.DEBAR_CITATION);
            String key = sha256(NameKey.of(name) + "|" + start + "|" + end + "|" + citation);
            return new DebarmentRow(row.number(), new Party(kind, name, null, city, state, "United States", null), start,
                    end, row.get(Columns.DEBAR_VIOLATION), citation, key);
        } catch (IllegalArgumentException unreadableCell) {
            throw new UnreadableRowException("a date that cannot be read");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
