package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The authenticated staff member of the current request: set by {@link StaffTokenFilter} for
 * API calls, or the signed-in member of a staff page (looked up again on each request, so that a
 * role change or a disabled account takes effect at once).
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffAccounts directory;

    private StaffPrincipal principal;

    void set(StaffPrincipal principal) {
        this.principal = principal;
    }

    /** The signed-in staff member of a page, unless nobody is signed in or the account is disabled. */
    public Optional<StaffPrincipal> find() {
        if (principal == null) {
            Principal user = request.getUserPrincipal();
            if (user != null) {
                principal = directory.account(user.getName()).filter(a -> !a.isDisabled())
                        .map(a -> new StaffPrincipal(a.getId(), a.getUsername(), a.getRole())).orElse(null);
            }
        }
        return Optional.ofNullable(principal);
    }

    public StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated staff member"));
    }
}
