package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.boundary.DirectoryIndex;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.NameKey;

/**
 * Directory entries a case's names point at, proposed when staff open the case and linked only
 * when they confirm (verification stays a person's decision). An entry is proposed when its name
 * has the same {@link NameKey} as the worker's words, or (for two words or more) holds all of them:
 * "agricola san jose" proposes "Agrícola San José DEMO S.A.". At most three per name.
 */
@ApplicationScoped
public class DirectoryProposals {

    static final int PER_NAME = 3;

    @Inject
    DirectoryIndex directoryIndex;

    /** Proposals for the employer and recruiter names not linked yet. */
    public List<DirectoryIndex.Entry> forCase(Complaint complaint) {
        List<DirectoryIndex.Entry> proposals = new ArrayList<>();
        if (complaint.getEmployerEntityId() == null) {
            proposals.addAll(matching(complaint.getEmployerName(), EntityKind.EMPLOYER));
        }
        if (complaint.getRecruiterEntityId() == null) {
            proposals.addAll(matching(complaint.getRecruiterName(), EntityKind.RECRUITER));
        }
        return proposals;
    }

    private List<DirectoryIndex.Entry> matching(String name, EntityKind kind) {
        String key = NameKey.stored(name);
        if (key == null) {
            return List.of();
        }
        Set<String> typed = words(key);
        return directoryIndex.search(name, null, null, 20).stream()
                .filter(e -> e.kind() == kind)
                .filter(e -> {
                    Set<String> theirs = words(NameKey.of(e.name()));
                    return theirs.equals(typed) || (typed.size() >= 2 && theirs.containsAll(typed));
                })
                .limit(PER_NAME).toList();
    }

    private static Set<String> words(String key) {
        return new HashSet<>(Arrays.asList(key.split(" ")));
    }
}
