package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.Optional;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.control.ImportReport;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin or supervisor imports a DOL file (CSV or .xlsx) into the directory. The
 * command engine runs it: permission (a refusal is audited), the input's rules, the import, the
 * audit entry with the import's figures. The rows are not written in the engine's transaction:
 * {@link DirectoryImport} commits them in batches of their own (hundreds of thousands of rows,
 * docs/performance.md) and a second run of the same file changes nothing, so a failed import is
 * simply run again; the engine's transaction holds the search index's count and the audit entry.
 * The directory page and {@code POST /api/v1/staff/imports/{kind}} both run it.
 */
@ApplicationScoped
public class ImportDirectoryFile implements Command<StaffPrincipal, ImportDirectoryFile.Upload, ImportReport> {

    /** What is imported: the kind of file, its name (for the report) and the fiscal year if known. */
    public record Input(@NotNull(message = "imports.chooseFile") ImportKind kind, String fileName, Integer fiscalYear) {
    }

    /** The input and the file's bytes, as one run of the command carries them. */
    record Upload(Input input, InputStream file) {
    }

    @Inject
    Commands commands;

    @Inject
    DirectoryImport importer;

    public ImportReport run(StaffPrincipal who, Input input, InputStream file) {
        return commands.run(this, who, null, new Upload(input, file));
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Upload> call) {
        Role role = call.who().role();
        return Permission.only(role == Role.ADMIN || role == Role.SUPERVISOR, null, "directory import");
    }

    /** Bean Validation sees the input record alone, so the 400 answer names its fields as before. */
    @Override
    public Object validated(Upload upload) {
        return upload.input();
    }

    @Override
    public void check(Call<StaffPrincipal, Upload> call) {
        if (call.input().file() == null) {
            throw new RefusedException("file", "imports.chooseFile");
        }
    }

    @Override
    public ImportReport change(Call<StaffPrincipal, Upload> call) {
        Input input = call.input().input();
        try {
            return importer.run(input.kind(), input.fileName(), input.fiscalYear(), call.input().file());
        } catch (DirectoryImport.ImportRefusedException refused) {
            throw refused.column() == null ? new RefusedException("file", "imports.notATable")
                    : new RefusedException("file", "imports.missingColumn", refused.column());
        }
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Upload> call, ImportReport report) {
        return Optional.of(new Entry(AuditTrail.DIRECTORY_IMPORTED, null, call.input().input().kind() + ": "
                + report.rows() + " rows, " + report.counts() + ", skipped " + report.skippedTotal()));
    }
}
