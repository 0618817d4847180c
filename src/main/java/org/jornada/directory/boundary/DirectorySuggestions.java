package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jornada.directory.entity.EntityKind;

/**
 * Known names like a typed one, for the employer and recruiter fields of a form (the complaint
 * form's suggestions are the next step): only the kind asked for, from three characters up.
 */
@ApplicationScoped
public class DirectorySuggestions {

    @Inject
    DirectoryIndex index;

    public List<String> like(String typed, EntityKind kind, int limit) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() < 3 || q.length() > 200) {
            return List.of();
        }
        return index.search(q, null, null, limit * 3).stream().filter(e -> e.kind() == kind).map(DirectoryIndex.Entry::name)
                .distinct().limit(limit).toList();
    }
}
