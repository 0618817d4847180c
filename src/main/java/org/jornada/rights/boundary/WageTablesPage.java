package org.jornada.rights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.RefusedException;
import org.jornada.rights.control.WageRate;
import org.jornada.rights.control.WageTableCsv;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/admin/wage-tables} (ADMIN): the wage tables the wage check uses, and the import of
 * a newer one DOL published (the same command as {@code POST /api/v1/staff/wage-tables}).
 */
@Named
@RequestScoped
public class WageTablesPage {

    static final String PAGE = "/staff/admin/wage-tables";

    @Inject
    ImportWageTable importTable;

    @Inject
    WageTables tables;

    @Inject
    CurrentStaff current;

    private String kind = WageRate.Kind.AEWR_SKILL_I.name();
    private String code;
    private String name;
    private String effectiveFrom;
    private String source;
    private String status = WageRate.Status.DIRECT.name();
    private Part file;

    public void runImport() {
        if (file == null || file.getSize() == 0) {
            PageMessages.say(FacesMessage.SEVERITY_ERROR, "wagetable.error.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] csv = in.readNBytes(WageTableCsv.MAX_BYTES + 1);
            LocalDate from = effectiveFrom == null || effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom.strip());
            PageMessages.run(() -> importTable.run(current.get(), new ImportWageTable.Input(WageRate.Kind.valueOf(kind),
                    code, name, from, source, WageRate.Status.valueOf(status)), csv))
                    .ifPresent(done -> PageMessages.doneThenReload(PAGE, "wagetable.done", done.code(), done.rows()));
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            PageMessages.sayRefused(new RefusedException("effectiveFrom", "wagetable.error.effective"));
        } catch (IOException unreadable) {
            PageMessages.say(FacesMessage.SEVERITY_ERROR, "wagetable.error.notCsv");
        }
    }

    public List<WageTables.Listed> getTables() {
        return tables.list();
    }

    public List<String> getKinds() {
        return Arrays.stream(WageRate.Kind.values()).map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(WageRate.Status.values()).map(Enum::name).toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
