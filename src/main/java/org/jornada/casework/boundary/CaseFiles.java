package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.boundary.CaseProgress;
import org.jornada.complaint.entity.CaseState;

/** Tells the worker's follow-up where the case is ({@link CaseProgress}), from the case's file. */
@ApplicationScoped
public class CaseFiles implements CaseProgress {

    @PersistenceContext
    EntityManager em;

    @Override
    public CaseState stateOf(long complaintId) {
        return em.find(CaseFile.class, complaintId).getState();
    }
}
