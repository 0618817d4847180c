package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.Channel;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin adds a local office (a WHD district office with its email, a consulate) or
 * an authority of the organization's own region, with the categories it takes and how to reach
 * it. Run by the command engine; {@code POST /api/v1/staff/authorities} and
 * {@code /staff/admin/authorities} run it.
 */
@ApplicationScoped
public class AddLocalOffice implements Command<StaffPrincipal, AddLocalOffice.Input, Authority> {

    /** The longest name and address kept (the columns' sizes). */
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    public record ChannelInput(@NotNull(message = "authority.channel.invalid") ChannelKind kind,
            @NotNull(message = "authority.channel.invalid") String address) {
    }

    /** What the admin gives; {@code parentCode} names the authority the office belongs to, if any. */
    public record Input(
            @NotNull(message = "authority.code.invalid") @Pattern(regexp = "[A-Z0-9_]{2,40}",
                    message = "authority.code.invalid") String code,
            @NotNull(message = "authority.name.invalid") String name,
            @NotNull(message = "authority.categories.invalid") List<Category> categories,
            @NotNull(message = "authority.channel.invalid") List<@Valid ChannelInput> channels,
            @NotNull(message = "authority.language.invalid") @Pattern(regexp = "es|en",
                    message = "authority.language.invalid") String language,
            String parentCode) {
    }

    @Inject
    Commands commands;

    @Inject
    Authorities authorities;

    @Inject
    Clock clock;

    public Authority run(StaffPrincipal admin, Input input) {
        return commands.run(this, admin, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        return Permission.only(call.who().role() == Role.ADMIN, null, "add authority");
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        String name = input.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new RefusedException("name", "authority.name.invalid");
        }
        if (input.categories().isEmpty() || input.categories().contains(null)) {
            throw new RefusedException("categories", "authority.categories.invalid");
        }
        channels(input);
        if (authorities.byCode(input.code()).isPresent()) {
            throw new RefusedException("code", "authority.code.taken");
        }
    }

    @Override
    public Authority change(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        Optional<Authority> parent = Optional.ofNullable(input.parentCode()).filter(c -> !c.isBlank())
                .map(c -> authorities.byCode(c.strip())
                        .orElseThrow(() -> new RefusedException("parentCode", "authority.parent.unknown")));
        Authority office = Authority.localOffice(parent.orElse(null), input.code(), input.name().strip(),
                EnumSet.copyOf(input.categories()), input.language(), channels(input),
                "added by " + call.who().username(), Instant.now(clock));
        authorities.add(office);
        return office;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Authority office) {
        return Optional.of(new Entry(AuditTrail.AUTHORITY_ADDED, null, call.input().code()));
    }

    /** The channels as given, in order; refused when one is missing or implausible. */
    private static List<Channel> channels(Input input) {
        List<Channel> channels = new ArrayList<>();
        for (ChannelInput channel : input.channels()) {
            String address = channel == null ? "" : channel.address().strip();
            if (channel == null || !plausible(channel.kind(), address)) {
                throw new RefusedException("channels", "authority.channel.invalid");
            }
            channels.add(new Channel(channel.kind(), address, channels.size() + 1));
        }
        return channels;
    }

    /** An email looks like one, a web form is an http(s) address, anything else is some text. */
    static boolean plausible(ChannelKind kind, String address) {
        if (address.isEmpty() || address.length() > ADDRESS_MAX) {
            return false;
        }
        return switch (kind) {
            case EMAIL -> address.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
            case WEB_FORM -> address.matches("https?://\\S+");
            default -> true;
        };
    }
}
