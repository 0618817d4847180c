package org.jornada.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.jornada.complaint.entity.CategoryGroup;

/** The verified-complaints part of a public profile page (rules in {@link VerifiedComplaintsSection}). */
@Named("verifiedComplaints")
@RequestScoped
public class VerifiedComplaintsView {

    @Inject
    VerifiedComplaintsSection section;

    public List<Map.Entry<CategoryGroup, Long>> of(long entityId, int minimum) {
        return List.copyOf(section.counts(entityId, minimum).entrySet());
    }
}
