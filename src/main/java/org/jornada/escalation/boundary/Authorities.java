package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jornada.escalation.entity.Authority;

/** The authorities and their local offices, as stored. */
@ApplicationScoped
@Transactional
public class Authorities {

    @PersistenceContext
    EntityManager em;

    /** Every authority, the seeded ones by code first, then the local offices by code. */
    public List<Authority> all() {
        return em.createQuery("SELECT a FROM Authority a ORDER BY CASE WHEN a.parentId IS NULL THEN 0 ELSE 1 END, a.code",
                Authority.class).getResultList();
    }

    public Optional<Authority> find(long id) {
        return Optional.ofNullable(em.find(Authority.class, id));
    }

    public Optional<Authority> byCode(String code) {
        return em.createQuery("SELECT a FROM Authority a WHERE a.code = :c", Authority.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    void add(Authority authority) {
        em.persist(authority);
        em.flush();
    }
}
