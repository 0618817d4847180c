package org.jornada.staff.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.jornada.staff.entity.Role;

/**
 * Staff sign-in as a plain Jakarta Authentication module. {@link SignInPage} checks password and
 * second factor, changes the session id and keeps a {@link SignedIn} in the session; on each
 * request under {@code /staff/} this module tells the container who that is (the role is the
 * group, mapped in glassfish-web.xml). A page that needs a role, asked for without a session,
 * sends the visitor to {@code /staff/sign-in} and remembers the page (GET only) to return to.
 *
 * <p>Why not a Jakarta Security mechanism: Soteria's bridge runs for <em>every</em> request,
 * worker pages and the complaints API included, and looked the mechanism up through JNDI and CDI
 * each time: about a fifth of the CPU of an API request (docs/performance.md). Everything outside
 * {@code /staff/} now costs one string comparison here.
 */
public class StaffAuthModule implements ServerAuthModule {

    /** Session attribute: the staff member signed in on this session. */
    static final String SIGNED_IN = "jornada.staff.signedIn";
    /** Session attribute: the staff page asked for before signing in (path and query). */
    static final String RETURN_TO = "jornada.staff.returnTo";

    /** Who is signed in on a session: only the name and the role, never a secret. */
    public record SignedIn(String username, Role role) implements Serializable {
    }

    private CallbackHandler handler;

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SignedIn signedIn = null;
        if (path.startsWith("/staff/") || path.startsWith("/union/")) {
            HttpSession session = request.getSession(false);
            signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
            if (signedIn == null && isMandatory(message)) {
                return toSignIn(request, (HttpServletResponse) message.getResponseMessage(), path);
            }
        }
        if (signedIn == null) {
            notify(new Callback[] {new CallerPrincipalCallback(client, (Principal) null)});
        } else {
            notify(new Callback[] {new CallerPrincipalCallback(client, signedIn.username()),
                new GroupPrincipalCallback(client, new String[] {signedIn.role().name()})});
        }
        return AuthStatus.SUCCESS;
    }

    private static boolean isMandatory(MessageInfo message) {
        return Boolean.parseBoolean((String) message.getMap().get("jakarta.security.auth.message.MessagePolicy.isMandatory"));
    }

    private static AuthStatus toSignIn(HttpServletRequest request, HttpServletResponse response, String path)
            throws AuthException {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        try {
            org.jornada.platform.boundary.SecurityHeadersFilter.apply(request, response);
            org.jornada.platform.boundary.RelativeRedirects.redirect(response, request.getContextPath() + "/staff/sign-in");
        } catch (IOException e) {
            throw (AuthException) new AuthException("Redirect to sign-in failed").initCause(e);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    private void notify(Callback[] callbacks) throws AuthException {
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container refused the caller").initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }

    /** Registers the module for this application when it starts. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            ServletContext context = event.getServletContext();
            AuthConfigFactory.getFactory().registerServerAuthModule(new StaffAuthModule(), context);
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
        }
    }
}
