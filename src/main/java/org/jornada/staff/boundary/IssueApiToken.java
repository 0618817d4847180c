package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin issues a bearer token to an account, with the account's role; the token is
 * shown once. The same rule as a role change holds: a case-reading role only from a signed-in
 * admin, never through a token (refusal audited). A signed-in admin (the accounts page) confirms
 * every token with a fresh code from their authenticator ({@link SignIn#requireFreshCode}), checked
 * before anything else is looked at. {@code POST /api/v1/staff/accounts/{id}/tokens} and
 * {@code /staff/admin/accounts}.
 */
@ApplicationScoped
public class IssueApiToken {

    /** The longest token name kept; a longer one is cut. */
    public static final int NAME_MAX = 80;

    /** The token's label (optional, "api" when blank). */
    public record Input(String name) {
    }

    /** What the caller sees once: the token's id, its value and its role. */
    public record Issued(long id, String token, Role role) {
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    AuditTrail audit;

    /** Through the API (an admin token, which has no authenticator code to give). */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Issued> run(StaffPrincipal admin, long accountId, Input input) {
        return run(admin, accountId, input, null);
    }

    /**
     * The new token, or empty when there is no such account. {@code freshCode}: the signed-in
     * admin's new authenticator code, required unless the admin came with a token.
     */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Issued> run(StaffPrincipal admin, long accountId, Input input, String freshCode) {
        String what = "token for staff " + accountId;
        audit.requireAdmin(admin, what);
        if (!admin.viaToken()) {
            signIn.requireFreshCode(admin, freshCode, what);
        }
        Optional<StaffAccount> account = accounts.find(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Role role = account.get().getRole();
        Optional<String> refused = accounts.grantProblem(admin, accountId, role);
        if (refused.isPresent()) {
            throw audit.refused(admin, null, what, refused.get());
        }
        StaffAccounts.IssuedToken issued = accounts.issue(admin, accountId, label(input), role);
        return Optional.of(new Issued(issued.id(), issued.token(), role));
    }

    /** The label a token is kept under: the name given, stripped and cut, or "api". */
    public static String label(Input input) {
        String name = Optional.ofNullable(input == null ? null : input.name()).map(String::strip)
                .filter(n -> !n.isEmpty()).orElse("api");
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }
}
