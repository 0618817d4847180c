package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Jakarta Security form sign-in for the staff pages. A page under {@code /staff/} that needs a
 * role sends an anonymous visitor to {@code /staff/sign-in}; the sign-in page checks password and
 * second factor ({@link SignIn}) and then hands the verified staff member to this mechanism, which
 * tells the container who it is (the role is the group). The session carries it from there.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/staff/sign-in", errorPage = "", useForwardToLogin = false)
public class StaffSignInMechanism implements HttpAuthenticationMechanism {

    /** A staff member whose password and second factor {@link SignIn} has just checked. */
    public record Verified(StaffPrincipal principal) implements Credential {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof Verified verified) {
            return context.notifyContainerAboutLogin(verified.principal().username(),
                    Set.of(verified.principal().role().name()));
        }
        return context.doNothing();
    }
}
