package org.jornada.staff.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.boundary.RateLimits;
import org.jornada.platform.control.Limit;
import org.jornada.platform.control.Messages;
import org.jornada.staff.control.QrSvg;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.control.Totp;
import org.jornada.staff.entity.Role;

/**
 * {@code /staff/sign-in}: username, password and the authenticator code in one form; a first
 * sign-in enrols the authenticator (QR code, then one-time recovery codes). Every refusal reads
 * the same, whatever was wrong. The session id changes when the person is signed in.
 */
@Named
@ViewScoped
public class SignInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    enum Stage { CREDENTIALS, ENROL, RECOVERY_CODES }

    @Inject
    transient SignIn signIn;

    @Inject
    transient RateLimits limits;

    @Inject
    transient org.jornada.platform.boundary.ClientKeys clients;

    private String username;
    private String password;
    private String code;
    private String enrolCode;
    private Stage stage = Stage.CREDENTIALS;
    private StaffPrincipal pending;
    private String secret;
    private List<String> recoveryCodes = List.of();

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        // Failures count per address and username: another account's right password from the same
        // address (an office behind one NAT) is never refused because of these.
        String client = clients.of(request) + ":" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        String typedCode = code;
        code = null;
        if (!limits.peek(Limit.SIGN_IN_FAILURES, client).isZero()) {
            refuse(faces);
            return;
        }
        SignIn.Result result = signIn.attempt(username, typed, typedCode);
        switch (result.outcome()) {
            case SIGNED_IN -> authenticate(faces, result.principal());
            case ENROL -> {
                pending = result.principal();
                secret = Totp.newSecret();
                stage = Stage.ENROL;
            }
            default -> {
                limits.take(Limit.SIGN_IN_FAILURES, client);
                refuse(faces);
            }
        }
    }

    public void confirmEnrolment() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<List<String>> codes = signIn.enrol(pending.staffId(), secret, enrolCode);
        enrolCode = null;
        if (codes.isEmpty()) {
            faces.addMessage("enrol:enrolCode", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(faces.getViewRoot().getLocale(), "signin.enrolCodeWrong"), null));
            return;
        }
        recoveryCodes = codes.get();
        secret = null;
        stage = Stage.RECOVERY_CODES;
    }

    /** After the recovery codes were shown: into the workspace. */
    public void proceed() throws IOException {
        if (stage == Stage.RECOVERY_CODES && pending != null) {
            recoveryCodes = List.of();
            authenticate(FacesContext.getCurrentInstance(), pending);
        }
    }

    private void authenticate(FacesContext faces, StaffPrincipal principal) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A session id known before sign-in (fixation) is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        String saved = savedPage(request);
        session.setAttribute(StaffAuthModule.SIGNED_IN,
                new StaffAuthModule.SignedIn(principal.username(), principal.role()));
        pending = null;
        external.redirect(external.getRequestContextPath()
                + (saved != null ? saved : home(principal.role())));
    }

    /**
     * The staff page the person asked for before being sent to sign in (kept by
     * {@link StaffAuthModule} in the session), as a path under {@code /staff/}; null when there is
     * none or it points anywhere else (no open redirect).
     */
    static String savedPage(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(StaffAuthModule.RETURN_TO);
        request.getSession().removeAttribute(StaffAuthModule.RETURN_TO);
        if (!(saved instanceof String path)) {
            return null;
        }
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (!(rawPath.startsWith("/staff/") || rawPath.startsWith("/union/")) || rawPath.contains("..") || rawPath.contains("//")
                || rawPath.startsWith("/staff/sign-in")) {
            return null;
        }
        return path;
    }

    /** Where each role starts. */
    static String home(Role role) {
        return switch (role) {
            case ADMIN -> "/staff/admin/accounts";
            case UNION -> "/union/rankings";
            default -> "/staff/queue";
        };
    }

    private void refuse(FacesContext faces) {
        stage = Stage.CREDENTIALS;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.get(faces.getViewRoot().getLocale(), "signin.failed"), null));
    }

    public String getQrCode() {
        return secret == null ? "" : QrSvg.of(Totp.uri("Jornada", pending.username(), secret),
                Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "signin.qrLabel"));
    }

    /** The secret in groups of four, for typing into an authenticator by hand. */
    public String getSecretForTyping() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getStage() {
        return stage.name();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEnrolCode() {
        return null;
    }

    public void setEnrolCode(String enrolCode) {
        this.enrolCode = enrolCode;
    }
}
