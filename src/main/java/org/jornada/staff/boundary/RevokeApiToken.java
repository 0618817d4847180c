package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin revokes a bearer token; it stops working at once. Permission (a signed-in
 * admin also gives a fresh authenticator code, {@link SignIn#freshCode}), change and audit entry
 * run by the command engine. {@code POST /api/v1/staff/tokens/{id}/revoke} and
 * {@code /staff/admin/accounts}.
 */
@ApplicationScoped
public class RevokeApiToken implements Command<StaffPrincipal, RevokeApiToken.Confirmed, Boolean> {

    /** The signed-in admin's fresh authenticator code ({@code null} through the API). */
    record Confirmed(String freshCode) {
    }

    @Inject
    Commands commands;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    /** Through the API (an admin token). True when revoked, false when there is no such token. */
    public boolean run(StaffPrincipal admin, long tokenId) {
        return commands.run(this, admin, tokenId, new Confirmed(null));
    }

    /** As {@link #run(StaffPrincipal, long)}; a signed-in admin gives their new authenticator code. */
    public boolean run(StaffPrincipal admin, long tokenId, String freshCode) {
        return commands.run(this, admin, tokenId, new Confirmed(freshCode));
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Confirmed> call) {
        String what = "revoke token " + call.target();
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, what);
        }
        return call.who().viaToken() ? Permission.granted()
                : signIn.freshCode(call.who(), call.input().freshCode(), what);
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Confirmed> call) {
        return accounts.revoke(call.target());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Confirmed> call, Boolean revoked) {
        return revoked ? Optional.of(new Entry(AuditTrail.TOKEN_REVOKED, null, "token " + call.target()))
                : Optional.empty();
    }
}
