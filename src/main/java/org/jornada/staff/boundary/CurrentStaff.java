package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.jornada.staff.control.StaffPrincipal;

/** The authenticated staff member of the current API request (set by {@link StaffTokenFilter}). */
@RequestScoped
public class CurrentStaff {

    private StaffPrincipal principal;

    void set(StaffPrincipal principal) {
        this.principal = principal;
    }

    public StaffPrincipal get() {
        if (principal == null) {
            throw new IllegalStateException("No authenticated staff member");
        }
        return principal;
    }
}
