package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /directory?q=}: look up an employer or recruiter (a plain GET form: works without
 * JavaScript, and the query is a name, never anything about the worker).
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    DirectoryIndex index;

    private List<DirectoryIndex.Entry> results;

    public String getQuery() {
        String q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        return q == null ? "" : q.strip();
    }

    public boolean isSearched() {
        return !getQuery().isEmpty();
    }

    public boolean isQueryValid() {
        return getQuery().length() >= 2 && getQuery().length() <= 200;
    }

    public List<DirectoryIndex.Entry> getResults() {
        if (results == null) {
            results = isQueryValid() ? index.search(getQuery(), null, null, DirectoryResource.LIMIT) : List.of();
        }
        return results;
    }

    /** The entry's country in the page's language ("Estados Unidos", not DOL's "United States"). */
    public String country(DirectoryIndex.Entry entry) {
        return org.jornada.directory.control.CountryNames.in(entry.country(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public static String path(DirectoryIndex.Entry entry) {
        return switch (entry.kind()) {
            case EMPLOYER -> "/employers/";
            case RECRUITER -> "/recruiters/";
            case AGENT -> "/agents/";
        } + entry.id();
    }
}
