package org.jornada.pattern.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.PatternTable;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * {@code /union/export?view=ENTITIES|TRENDS|MAP|CHAIN&format=csv|xlsx&option=…&<filters>}: the pattern
 * pages' download links, for a signed-in UNION, ADVOCATE or SUPERVISOR (the container has checked
 * the role): the view as shown, written to the response as it is made, audited. A bad filter
 * answers 400 in the reader's language.
 */
@WebServlet("/union/export")
public class PatternExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PatternTableBuilder tables;

    @Inject
    transient PatternFilterReader filters;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StaffPrincipal> who = current.find().filter(p -> p.role() == Role.UNION || p.worksCases());
        String view = request.getParameter("view");
        String format = request.getParameter("format");
        Locale locale = Problems.locale(request);
        if (who.isEmpty() || view == null || !view.matches("ENTITIES|TRENDS|MAP|CHAIN") || format == null
                || !format.matches("csv|xlsx")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PatternFilter filter;
        int offset;
        int limit;
        try {
            offset = PatternsResource.bounded(request.getParameter("offset"), "offset", 0, PatternCounting.MAX_OFFSET, 0);
            limit = ChainTables.limit(PatternTableBuilder.View.valueOf(view), request.getParameter("option"),
                    request.getParameter("limit"));
            filter = filters.read(request.getParameter("from"), request.getParameter("to"), request.getParameter("visa"),
                    request.getParameter("group"), request.getParameter("state"), request.getParameter("crop"),
                    request.getParameter("verifiedOnly"), "TRENDS".equals(view) ? PatternFilterReader.Window.SEASONS
                            : PatternFilterReader.Window.YEAR);
        } catch (RefusedException refused) {
            Problems.write(response, 400, locale, Problems.fieldBody(locale, refused.errors()));
            return;
        }
        String option = request.getParameter("option");
        option = option == null || !option.matches("[A-Z_]{1,20}") ? "" : option;
        audit.record(who.get(), AuditTrail.PATTERNS_EXPORTED, null, view + "." + format + " " + option + " " + filter);
        PatternTable table = tables.of(PatternTableBuilder.View.valueOf(view), filter, option, offset, limit, locale);
        response.setContentType(TableDownload.type(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"jornada-" + view.toLowerCase(Locale.ROOT)
                + "." + format + "\"");
        TableDownload.write(table, format, response.getOutputStream());
    }
}
