package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.directory.control.CropNames;
import org.jornada.directory.control.JobCheckQuery;
import org.jornada.directory.control.JobCheckRules;
import org.jornada.directory.control.JobCheckTexts;
import org.jornada.platform.boundary.FieldMessages;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.UsStates;

/**
 * {@code /job-check}: "¿Es real esta oferta?" (issue #28). A plain GET form (worker page rules:
 * transient view, no session, no JavaScript), so the answer is a link holding only what was asked
 * (case number, employer, recruiter, state), never anything about the worker.
 */
@Named
@RequestScoped
public class JobCheckPage {

    @Inject
    JobChecks checks;

    @Inject
    Language language;

    private Map<String, String> params;
    private FieldMessages errors;
    private JobCheckRules.Verdict verdict;

    /** Reads the address and answers when something was asked (f:viewAction). */
    public void load() {
        params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        errors = new FieldMessages(language.getLocale());
        if (!isAsked()) {
            return;
        }
        JobCheckQuery.Read read = JobCheckQuery.read(params.get("caseNumber"), params.get("employer"),
                params.get("recruiter"), params.get("state"));
        if (language.isSwitched() && !read.valid()) {
            return; // the header's switch: a question half typed comes back in the other language, not judged
        }
        errors.addAll(read.errors());
        if (read.valid()) {
            verdict = checks.check(read.query());
        }
    }

    /** Whether the address asks anything (a field present, even empty: the form was sent). */
    public boolean isAsked() {
        return params != null && List.of("caseNumber", "employer", "recruiter", "state").stream().anyMatch(params::containsKey);
    }

    /** A field's value as typed, for the form (Faces escapes it). */
    public String value(String field) {
        String value = params == null ? null : params.get(field);
        return value == null || value.length() > 300 ? "" : value;
    }

    public Map<String, String> getErrors() {
        return errors == null ? Map.of() : errors.getByField();
    }

    public JobCheckRules.Verdict getVerdict() {
        return verdict;
    }

    public List<String> getFlagTexts() {
        return verdict.flags().stream().map(f -> JobCheckTexts.flag(f, language.getLocale())).toList();
    }

    /**
     * The rules as the page shows them: the hotline's is given by the call and text links below
     * them (which mark the English keyword HELP as English); a citation's web address may break at
     * its slashes on a narrow phone.
     */
    public List<JobCheckTexts.Rule> getRules() {
        return JobCheckTexts.rules(language.getLocale()).stream().limit(2)
                .map(r -> new JobCheckTexts.Rule(r.text(), r.citation().replace("/", "/\u200B"))).toList();
    }

    public List<String> getStates() {
        return UsStates.CODES;
    }

    /** The state's name in the page's language ("Carolina del Norte"). */
    public String stateName(String code) {
        return JobCheckTexts.stateName(code, language.getLocale());
    }

    public String dates(JobCheckRules.Cert c) {
        return JobCheckTexts.date(c.begin(), language.getLocale()) + " – " + JobCheckTexts.date(c.end(), language.getLocale());
    }

    public String wage(JobCheckRules.Cert c) {
        return JobCheckTexts.wage(c.wageOffer(), c.wageUnit(), language.getLocale());
    }

    /** The job title and the crop in the page's language, joined. */
    public String job(JobCheckRules.Cert c) {
        String crop = c.crop() == null ? null : CropNames.in(c.crop(), language.getLocale());
        return java.util.stream.Stream.of(c.jobTitle(), crop).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" · "));
    }

    /**
     * The report form with the recruiter filled in (the one typed, else the first disclosed) and
     * the employer when known: {@code /report?recruiter=&employer=} (ReportPage reads them).
     */
    public String getReportQuery() {
        String recruiter = value("recruiter").strip();
        String employer = value("employer").strip();
        if (verdict != null && !verdict.certifications().isEmpty()) {
            JobCheckRules.Cert first = verdict.certifications().get(0);
            employer = employer.isEmpty() && first.employer().name() != null ? first.employer().name() : employer;
            if (recruiter.isEmpty() && !first.recruiters().isEmpty() && first.recruiters().get(0).name() != null) {
                recruiter = first.recruiters().get(0).name();
            }
        }
        StringBuilder query = new StringBuilder("?lang=").append(language.getCode());
        if (!recruiter.isEmpty()) {
            query.append("&recruiter=").append(URLEncoder.encode(recruiter, StandardCharsets.UTF_8));
        }
        if (!employer.isEmpty()) {
            query.append("&employer=").append(URLEncoder.encode(employer, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public boolean isRecruiterKnown() {
        return getReportQuery().contains("recruiter=");
    }
}
