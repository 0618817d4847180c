package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.control.ImportReport;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin or supervisor imports a DOL file (CSV or .xlsx) into the directory. The
 * permission (a refusal is audited), the input's rules, the import, the audit entry with the
 * import's figures. Unlike the other commands this is not one transaction: an import commits in
 * batches (hundreds of thousands of rows, docs/performance.md) and a second run of the same file
 * changes nothing, so a failed import is simply run again. The directory page and
 * {@code POST /api/v1/staff/imports/{kind}} both run it.
 */
@ApplicationScoped
public class ImportDirectoryFile {

    /** What is imported: the kind of file, its name (for the report) and the fiscal year if known. */
    public record Input(@NotNull(message = "imports.chooseFile") ImportKind kind, String fileName, Integer fiscalYear) {
    }

    @Inject
    DirectoryImport importer;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    public ImportReport run(StaffPrincipal who, Input input, InputStream file) {
        audit.requireRole(who, "directory import", Role.ADMIN, Role.SUPERVISOR);
        validation.check(input);
        if (file == null) {
            throw new Refused("file", "imports.chooseFile");
        }
        ImportReport report;
        try {
            report = importer.run(input.kind(), input.fileName(), input.fiscalYear(), file);
        } catch (DirectoryImport.Refused refused) {
            throw refused.column() == null ? new Refused("file", "imports.notATable")
                    : new Refused("file", "imports.missingColumn", refused.column());
        }
        audit.record(who, AuditTrail.DIRECTORY_IMPORTED, null, input.kind() + ": " + report.rows() + " rows, "
                + report.counts() + ", skipped " + report.skippedTotal());
        return report;
    }
}
