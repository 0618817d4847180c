package org.jornada.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.directory.boundary.Profiles;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.FieldMessages;
import org.jornada.platform.boundary.Language;
import org.jornada.review.entity.Review;

/**
 * {@code /rate?kind=employers&id=7}: a worker rates an employer or recruiter from the site, with
 * JavaScript off, as the API does ({@link ReviewIntake}: the same limits and the same rules).
 * Overall 1–5 and the six aspects as large choices, the season, an optional comment (read before
 * it appears) and an optional receipt code for the verified-worker mark. The answer says what
 * happens next: counted now, or held for reading. A transient view: no session, no cookie.
 */
@Named
@RequestScoped
public class RateEntry {

    @Inject
    Profiles profiles;

    @Inject
    ReviewIntake intake;

    @Inject
    ClientKeys clients;

    @Inject
    Language language;

    private String kind;
    private String id;
    private Profiles.Profile profile;
    private String overall;
    /** The aspects' radios: {@code aspect-PAY} and so on (plain inputs, read in {@link #load}). */
    static final String ASPECT = "aspect-";
    private final Map<String, String> aspects = new LinkedHashMap<>();
    private String season;
    private String text;
    private String receipt;
    private FieldMessages errors;
    private ReviewIntake.Outcome outcome;

    /**
     * The entry being rated, or a 404: the view action (on a postback run first by
     * {@code WorkerPostbacks}, before the form is read), and again before a submit.
     * {@code kind} and {@code id} come from the address on the first visit and from the form's hidden
     * fields on a postback.
     */
    public void load() throws IOException {
        if (profile != null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        kind = params.get("kind");
        id = params.get("id");
        for (Review.Aspect aspect : Review.Aspect.values()) {
            String chosen = params.get(ASPECT + aspect.name());
            if (chosen != null) {
                aspects.put(aspect.name(), chosen);
            }
        }
        EntityKind entityKind = "employers".equals(kind) ? EntityKind.EMPLOYER
                : "recruiters".equals(kind) ? EntityKind.RECRUITER : null;
        Optional<Profiles.Profile> found = entityKind == null || id == null || !id.matches("\\d{1,18}")
                ? Optional.empty() : profiles.of(Long.parseLong(id), entityKind);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        profile = found.get();
    }

    /** The header's language switch (a button of this form): the form again, as it was filled, in the other language. */
    public String switchLanguage() throws IOException {
        load();
        return null;
    }

    public String submit() throws IOException {
        load();
        if (profile == null) {
            return null;
        }
        errors = new FieldMessages(language.getLocale());
        Integer overallRating = rating(overall);
        if (overallRating == null) {
            errors.add(new FieldError("overall", "rate.overall.required"));
        }
        Map<Review.Aspect, Integer> rated = new EnumMap<>(Review.Aspect.class);
        for (Review.Aspect aspect : Review.Aspect.values()) {
            Integer value = rating(aspects.get(aspect.name()));
            if (value != null) {
                rated.put(aspect, value);
            }
        }
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        Integer seasonYear = season != null && season.matches("\\d{4}") ? Integer.valueOf(season) : null;
        if (seasonYear == null || seasonYear < thisYear - 10 || seasonYear > thisYear + 1) {
            errors.add(new FieldError("season", "rate.season.required"));
        }
        if (text != null && text.strip().length() > Reviews.TEXT_MAX) {
            errors.add(new FieldError("text", "reviews.textTooLong"));
        }
        ReceiptCode code = null;
        if (receipt != null && !receipt.isBlank()) {
            code = ReceiptCode.parse(receipt).orElse(null);
            if (code == null) {
                errors.add(new FieldError("receipt", "rate.receipt.malformed"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        outcome = intake.take(clients.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()), new Reviews.Submission(profile.entry().getKind(), profile.entry().getId(), overallRating,
                rated, seasonYear, text == null || text.isBlank() ? null : text, code));
        if (outcome.limited()) {
            errors.add(new FieldError("form", "reviews.tooMany"));
            return null;
        }
        if (outcome.taken() == null) {
            errors.add(new FieldError(outcome.field().equals("receipt") ? "receipt" : "form", outcome.problemKey()));
            return null;
        }
        // Redirect-after-post (issue 24): Back or reload after the quick exit never posts the
        // rating (its text, its receipt code) again; the address names only the entry and the outcome.
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(((HttpServletRequest) external.getRequest()).getContextPath() + "/rated?kind=" + kind
                + "&id=" + id + "&outcome=" + (outcome.counted() ? "counted" : "held") + "&lang=" + language.getCode());
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    private static Integer rating(String value) {
        return value != null && value.matches("[1-5]") ? Integer.valueOf(value) : null;
    }

    /** The seasons a worker can pick: next year back to five years ago. */
    public List<String> getSeasons() {
        int next = Year.now(ZoneOffset.UTC).getValue() + 1;
        return IntStream.rangeClosed(0, 6).mapToObj(i -> Integer.toString(next - i)).toList();
    }

    public List<String> getStars() {
        return List.of("5", "4", "3", "2", "1");
    }

    public List<Review.Aspect> getAspectList() {
        return List.of(Review.Aspect.values());
    }

    public Profiles.Profile getProfile() {
        return profile;
    }

    /** The profile's address, to go back to. */
    public String getProfilePath() {
        return "/" + kind + "/" + id;
    }

    /** Whether the rating counts at once: from this POST, or on {@code /rated} from the redirect's address. */
    public boolean isCounted() {
        if (outcome == null) {
            return "counted".equals(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("outcome"));
        }
        return outcome.counted();
    }

    public boolean isHasText() {
        return text != null && !text.isBlank();
    }

    public Map<String, String> getErrors() {
        return errors == null ? Map.of() : errors.getByField();
    }

    public FieldMessages getFieldErrors() {
        return errors;
    }

    public String getKind() {
        return kind;
    }

    public String getId() {
        return id;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public Map<String, String> getAspects() {
        return aspects;
    }

    public String getSeason() {
        return season == null ? Integer.toString(Year.now(ZoneOffset.UTC).getValue()) : season;
    }

    public void setSeason(String season) {
        this.season = season;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReceipt() {
        return null; // never written back into a page
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }
}
