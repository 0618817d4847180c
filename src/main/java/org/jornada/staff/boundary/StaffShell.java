package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/** The frame of every staff page: who is signed in, what they may open, and signing out. */
@Named
@RequestScoped
public class StaffShell {

    @Inject
    CurrentStaff current;

    @Inject
    SignIn signIn;

    public boolean isSignedIn() {
        return current.find().isPresent();
    }

    public StaffPrincipal getMe() {
        return current.find().orElse(null);
    }

    public boolean isWorksCases() {
        return current.find().map(StaffPrincipal::worksCases).orElse(false);
    }

    public boolean isReadsAudit() {
        return current.find().map(StaffPrincipal::readsAudit).orElse(false);
    }

    public boolean isSupervisor() {
        return current.find().map(StaffPrincipal::seesAllCases).orElse(false);
    }

    /** UNION, ADVOCATE and SUPERVISOR read the pattern views. */
    public boolean isSeesPatterns() {
        return current.find().map(p -> p.role() == Role.UNION || p.worksCases()).orElse(false);
    }

    public boolean isAdmin() {
        return current.find().map(p -> p.role() == Role.ADMIN).orElse(false);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        current.find().ifPresent(signIn::signedOut);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/staff/sign-in");
    }
}
