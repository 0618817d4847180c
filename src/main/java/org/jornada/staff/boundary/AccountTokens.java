package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.DataCipher;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * The API tokens on {@code /staff/admin/accounts} (ADMIN): every live token by account (label,
 * role, issued; never the token, whose hash alone is kept), issuing one to an account and revoking
 * one, each confirmed with a fresh code from the admin's own authenticator (the commands check it,
 * with the sign-in's one-use time steps).
 *
 * <p>A new token is shown once. The POST redirects as every staff form does; the token rides to
 * the page loaded again by GET in the flash, sealed with the data key (so no session or flash
 * store ever holds it in clear), and that GET's view action takes it out: a reload, or any later
 * request, finds nothing. It never lands in an address, a log line or an audit entry.
 */
@Named
@RequestScoped
public class AccountTokens {

    static final String SHOWN = "jornada.issuedToken";
    private static final String PURPOSE = "staff-token-shown";

    /** A new token on its way to the page loaded again, sealed. */
    record Sealed(String username, String label, Role role, byte[] token) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A new token as the page shows it, once. */
    public record Shown(String username, String label, Role role, String token) {
        /** Never the token: a record's text could end up in a log line. */
        @Override
        public String toString() {
            return "Shown[" + username + ", " + label + ", " + role + "]";
        }
    }

    /** A live token as the page lists it. */
    /** A token not revoked; {@code accountDisabled}: it works no more while its account is disabled. */
    public record Row(long id, String username, String label, Role role, Instant issued, boolean accountDisabled) {
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    IssueApiToken issueToken;

    @Inject
    RevokeApiToken revokeToken;

    @Inject
    CurrentStaff current;

    @Inject
    DataCipher cipher;

    private Long accountId;
    private String label;
    private String code;
    private Long tokenId;
    private String revokeCode;
    private Shown shown;
    private List<Row> rows;
    private Map<Long, String> usernames;

    private boolean failed;

    /** The page's GET: takes a token issued by the POST before out of the flash, to show it this once. */
    public void load() {
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        Object sealed = flash.get(SHOWN);
        flash.remove(SHOWN);
        if (sealed instanceof Sealed s) {
            shown = new Shown(s.username(), s.label(), s.role(), cipher.openText(s.token(), PURPOSE));
        }
    }

    public void issue() {
        try {
            Long id = accountId;
            IssueApiToken.Input input = new IssueApiToken.Input(label);
            Optional<Optional<IssueApiToken.Issued>> done = PageMessages.run(() -> id == null
                    ? Optional.<IssueApiToken.Issued>empty() : issueToken.run(current.get(), id, input, code));
            failed = done.isEmpty() || done.get().isEmpty();
            done.ifPresent(issued -> {
                if (issued.isEmpty()) {
                    PageMessages.say(FacesMessage.SEVERITY_ERROR, "staff.accountNotFound");
                    return;
                }
                String username = usernames().getOrDefault(id, "");
                FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SHOWN,
                        new Sealed(username, IssueApiToken.label(input), issued.get().role(),
                                cipher.sealText(issued.get().token(), PURPOSE)));
                PageMessages.doneThenReload(AccountsPage.PAGE, "tokens.issued", username);
            });
        } finally {
            code = null;
        }
    }

    public void revoke() {
        try {
            Long id = tokenId;
            Optional<Boolean> done = PageMessages.run(() -> id != null && revokeToken.run(current.get(), id, revokeCode));
            failed = done.isEmpty() || !done.get();
            done.ifPresent(revoked -> {
                if (revoked) {
                    PageMessages.doneThenReload(AccountsPage.PAGE, "tokens.revoked");
                } else {
                    PageMessages.say(FacesMessage.SEVERITY_ERROR, "staff.tokenNotFound");
                }
            });
        } finally {
            revokeCode = null;
        }
    }

    /**
     * A token was not issued or revoked by this request: the page repeats why beside the token
     * forms, where the admin is, not only at the top of a long page.
     */
    public boolean isFailed() {
        return failed;
    }

    /** The new token, on the one GET after it was issued; null otherwise. */
    public Shown getShown() {
        return shown;
    }

    /** Live tokens, by account name (read once per request: the table asks many times). */
    public List<Row> getRows() {
        if (rows == null) {
            java.util.Set<Long> disabled = accounts.all().stream().filter(StaffAccount::isDisabled)
                    .map(StaffAccount::getId).collect(java.util.stream.Collectors.toSet());
            rows = accounts.liveTokens().stream()
                    .map(t -> new Row(t.getId(), usernames().getOrDefault(t.getStaffId(), "?"), t.getName(),
                            t.getRole(), t.getCreatedAt(), disabled.contains(t.getStaffId())))
                    .sorted(Comparator.comparing(Row::username).thenComparing(Row::issued)).toList();
        }
        return rows;
    }

    /** The accounts a token may be issued to: active ones, not the admin's own. */
    public List<StaffAccount> getHolders() {
        long me = current.get().staffId();
        return accounts.all().stream().filter(a -> !a.isDisabled() && a.getId() != me).toList();
    }

    private Map<Long, String> usernames() {
        if (usernames == null) {
            usernames = accounts.all().stream()
                    .collect(java.util.stream.Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
        }
        return usernames;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** Never echoed back: a code is spent once tried. */
    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getTokenId() {
        return tokenId;
    }

    public void setTokenId(Long tokenId) {
        this.tokenId = tokenId;
    }

    public String getRevokeCode() {
        return null;
    }

    public void setRevokeCode(String revokeCode) {
        this.revokeCode = revokeCode;
    }
}
