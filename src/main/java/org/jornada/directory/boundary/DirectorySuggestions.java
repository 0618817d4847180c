package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jornada.platform.control.NameSuggestions;
import java.util.List;
import org.jornada.directory.entity.EntityKind;

/**
 * Known names like a typed one, for the employer and recruiter fields of a form (the complaint
 * form's search step and its as-you-type list, and {@code POST /api/v1/directory/suggest}): only
 * the kind asked for, from three characters up.
 */
@ApplicationScoped
public class DirectorySuggestions implements NameSuggestions {

    @Inject
    DirectoryIndex index;

    @Override
    public List<String> employersLike(String typed, int limit) {
        return like(typed, EntityKind.EMPLOYER, limit);
    }

    @Override
    public List<String> recruitersLike(String typed, int limit) {
        return like(typed, EntityKind.RECRUITER, limit);
    }

    public List<String> like(String typed, EntityKind kind, int limit) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() < 3 || q.length() > 200) {
            return List.of();
        }
        return index.search(q, null, null, limit * 3).stream().filter(e -> e.kind() == kind).map(DirectoryIndex.Entry::name)
                .distinct().limit(limit).toList();
    }
}
