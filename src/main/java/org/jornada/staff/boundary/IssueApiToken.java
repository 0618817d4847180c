package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin issues a bearer token to an account, with the account's role; the token is
 * shown once. The same rule as a role change holds: a case-reading role only from a signed-in
 * admin, never through a token (refusal audited). A signed-in admin (the accounts page) confirms
 * every token with a fresh code from their authenticator ({@link SignIn#freshCode}), checked
 * before anything else is looked at. Run by the command engine;
 * {@code POST /api/v1/staff/accounts/{id}/tokens} and {@code /staff/admin/accounts} both run it.
 */
@ApplicationScoped
public class IssueApiToken implements Command<StaffPrincipal, IssueApiToken.Asked, Optional<IssueApiToken.Issued>> {

    /** The longest token name kept; a longer one is cut. */
    public static final int NAME_MAX = 80;

    /** The token's label (optional, "api" when blank). */
    public record Input(String name) {
    }

    /** What the caller sees once: the token's id, its value and its role. */
    public record Issued(long id, String token, Role role) {
    }

    /** The input with the signed-in admin's fresh authenticator code ({@code null} through the API). */
    record Asked(Input input, String freshCode) {
    }

    @Inject
    Commands commands;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    /** Through the API (an admin token, which has no authenticator code to give). */
    public Optional<Issued> run(StaffPrincipal admin, long accountId, Input input) {
        return commands.run(this, admin, accountId, new Asked(input, null));
    }

    /**
     * The new token, or empty when there is no such account. {@code freshCode}: the signed-in
     * admin's new authenticator code, required unless the admin came with a token.
     */
    public Optional<Issued> run(StaffPrincipal admin, long accountId, Input input, String freshCode) {
        return commands.run(this, admin, accountId, new Asked(input, freshCode));
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Asked> call) {
        StaffPrincipal admin = call.who();
        String what = "token for staff " + call.target();
        if (admin.role() != Role.ADMIN) {
            return Permission.refused(null, what);
        }
        if (!admin.viaToken()) {
            Permission fresh = signIn.freshCode(admin, call.input().freshCode(), what);
            if (fresh.kind() != Permission.Kind.GRANTED) {
                return fresh;
            }
        }
        Optional<StaffAccount> account = accounts.find(call.target());
        if (account.isEmpty()) {
            return Permission.absent();
        }
        return accounts.grantProblem(admin, call.target(), account.get().getRole())
                .map(problem -> Permission.refused(null, what, problem)).orElse(Permission.granted());
    }

    /** Only the token's label is checked (it has no rules: a long one is cut). */
    @Override
    public Object validated(Asked asked) {
        return asked.input() == null ? asked : asked.input();
    }

    @Override
    public Optional<Issued> change(Call<StaffPrincipal, Asked> call) {
        Role role = accounts.find(call.target()).orElseThrow().getRole();
        StaffAccounts.IssuedToken issued = accounts.issue(call.target(), label(call.input().input()), role);
        return Optional.of(new Issued(issued.id(), issued.token(), role));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Asked> call, Optional<Issued> issued) {
        return issued.map(done -> new Entry(AuditTrail.TOKEN_ISSUED, null,
                StaffAccounts.issuedDetail(call.target(), label(call.input().input()), done.role())));
    }

    @Override
    public Optional<Issued> absent() {
        return Optional.empty();
    }

    /** The label a token is kept under: the name given, stripped and cut, or "api". */
    public static String label(Input input) {
        String name = Optional.ofNullable(input == null ? null : input.name()).map(String::strip)
                .filter(n -> !n.isEmpty()).orElse("api");
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }
}
