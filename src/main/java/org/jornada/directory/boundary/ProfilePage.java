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

    /** Links listed on the page; a profile with more lists them all in its JSON. */
    static final int CHAIN_SHOWN = 200;

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

    /** The chain's links the page lists: the first {@value #CHAIN_SHOWN}, most workers certified first. */
    public List<org.jornada.directory.control.ChainLink> getChain() {
        return profile.chain().size() > CHAIN_SHOWN ? profile.chain().subList(0, CHAIN_SHOWN) : profile.chain();
    }

    /** How many links the page does not list (all are in the JSON profile). */
    public int getChainMore() {
        return Math.max(0, profile.chain().size() - CHAIN_SHOWN);
    }

    /** The other entry's profile address, in the page's language. */
    public String href(org.jornada.directory.control.ChainLink link) {
        String kind = switch (link.kind()) {
            case EMPLOYER -> "employers";
            case RECRUITER -> "recruiters";
            case AGENT -> "agents";
        };
        return "/" + kind + "/" + link.id() + ("en".equals(language.getCode()) ? "?lang=en" : "");
    }

    /** Where the link comes from, in words: "DOL disclosure files · staff". */
    public String sources(org.jornada.directory.control.ChainLink link) {
        var bundle = org.jornada.platform.control.Messages.bundle(language.getLocale());
        return link.sources().stream().sorted().map(s -> bundle.getString("profile.chain.source." + s.name()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** The link's crops in the page's language. */
    public String crops(org.jornada.directory.control.ChainLink link) {
        return link.crops().stream().map(c -> org.jornada.directory.control.CropNames.in(c, language.getLocale()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Seasons and states as one line: "2026, 2025 · GA, NC". */
    public String seasonsAndStates(org.jornada.directory.control.ChainLink link) {
        String seasons = link.seasons().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        String states = String.join(", ", link.states());
        return java.util.stream.Stream.of(seasons, states).filter(v -> !v.isEmpty())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    public List<Profiles.Season> getSeasons() {
        return profile.seasons().size() > 10 ? profile.seasons().subList(0, 10) : profile.seasons();
    }
}
