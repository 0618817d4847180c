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
 * admin, never through a token (refusal audited). {@code POST /api/v1/staff/accounts/{id}/tokens}.
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
    AuditTrail audit;

    /** The new token, or empty when there is no such account. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Issued> run(StaffPrincipal admin, long accountId, Input input) {
        audit.requireAdmin(admin, "token for staff " + accountId);
        Optional<StaffAccount> account = accounts.find(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Role role = account.get().getRole();
        Optional<String> refused = accounts.grantProblem(admin, accountId, role);
        if (refused.isPresent()) {
            throw audit.refused(admin, null, "token for staff " + accountId, refused.get());
        }
        String name = Optional.ofNullable(input == null ? null : input.name()).map(String::strip)
                .filter(n -> !n.isEmpty()).orElse("api");
        StaffAccounts.IssuedToken issued = accounts.issue(admin, accountId,
                name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name, role);
        return Optional.of(new Issued(issued.id(), issued.token(), role));
    }
}
