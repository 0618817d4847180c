package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jornada.directory.entity.EntityKind;

/**
 * The public profile page (worker page rules: plain {@code h:}, transient view, no session): who
 * and where, certifications by season, WHD enforcement with the data's date, debarment.
 */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    Profiles profiles;

    @Inject
    org.jornada.platform.boundary.Language language;

    private Profiles.Profile profile;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var params = faces.getExternalContext().getRequestParameterMap();
        EntityKind kind = switch (String.valueOf(params.get("kind"))) {
            case "employers" -> EntityKind.EMPLOYER;
            case "recruiters" -> EntityKind.RECRUITER;
            case "agents" -> EntityKind.AGENT;
            default -> null;
        };
        String id = params.get("id");
        Optional<Profiles.Profile> found = kind == null || id == null || !id.matches("\\d{1,18}") ? Optional.empty()
                : profiles.of(Long.parseLong(id), kind);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        profile = found.get();
    }

    /** Trade name, then "city, state", then country, joined with " · " and never an empty part. */
    public String getPlace() {
        var entry = profile.entry();
        String cityState = java.util.stream.Stream.of(entry.getCity(), entry.getState())
                .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        String country = org.jornada.directory.control.CountryNames.in(entry.getCountry(), language.getLocale());
        return java.util.stream.Stream.of(entry.getTradeName(), cityState, country)
                .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
    }

    public Profiles.Profile getProfile() {
        return profile;
    }

    public BigDecimal getTotalBackWages() {
        return Profiles.totals(profile.enforcement())[0];
    }

    public BigDecimal getTotalPenalties() {
        return Profiles.totals(profile.enforcement())[1];
    }

    public List<Profiles.Season> getSeasons() {
        return profile.seasons().size() > 10 ? profile.seasons().subList(0, 10) : profile.seasons();
    }
}
