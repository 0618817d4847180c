package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.jornada.directory.entity.ChainDecision;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: a supervisor or admin links two directory entries of the recruitment chain that no
 * file links (LINKED), or hides a link some source shows and staff found wrong (UNLINKED); the
 * latest decision on a pair stands. Run by the command engine: permission, input rules, the
 * change, its audit entry (who, the pair, the decision and the note), in one transaction; the
 * directory page and {@code POST /api/v1/staff/chain-links} run it.
 */
@ApplicationScoped
public class DecideChainLink implements Command<StaffPrincipal, DecideChainLink.Input, Boolean> {

    /** The longest note kept. */
    public static final int NOTE_MAX = 500;

    public record Input(@NotNull(message = "curation.chainRefused") Long one,
            @NotNull(message = "curation.chainRefused") Long other,
            @NotNull(message = "curation.chainDecision") @Pattern(regexp = "LINKED|UNLINKED",
                    message = "curation.chainDecision") String decision,
            @Pattern(regexp = "(?s).{0,500}", message = "curation.chainNote") String note) {
    }

    @Inject
    Commands commands;

    @Inject
    DirectoryCuration curation;

    public boolean run(StaffPrincipal who, Input input) {
        return commands.run(this, who, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        Role role = call.who().role();
        return Permission.only(role == Role.SUPERVISOR || role == Role.ADMIN, null, "chain link");
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        Input in = call.input();
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (!curation.decide(in.one(), in.other(), ChainDecision.Decision.valueOf(in.decision()), note,
                call.who().staffId())) {
            throw new RefusedException("other", "curation.chainRefused");
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean done) {
        Input in = call.input();
        return Optional.of(new Entry(AuditTrail.CHAIN_DECIDED, null, in.decision() + " " + in.one() + " and "
                + in.other() + (in.note() == null || in.note().isBlank() ? "" : ": " + in.note().strip())));
    }
}
