package org.jornada.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.jornada.platform.control.NameKey;

/**
 * An employer, recruiter or agent in the directory. Imports match names onto entries by
 * {@link NameKey}; staff merge entries (the merged one points to the survivor, and imports follow
 * the pointer) or split them (a pinned entry takes no other name).
 */
@Entity
@Table(name = "directory_entity")
public class DirectoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "directory_entity_ids")
    @TableGenerator(name = "directory_entity_ids", table = "directory_ids", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "directory_entity", allocationSize = 1000)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntityKind kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "match_key", nullable = false, length = 300)
    private String matchKey;

    @Column(name = "trade_name", length = 300)
    private String tradeName;

    @Column(length = 120)
    private String city;

    @Column(length = 2)
    private String state;

    @Column(length = 80)
    private String country;

    @Column(length = 20)
    private String fein;

    @Column(name = "survivor_id")
    private Long mergedInto;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DirectoryEntry() {
        // JPA
    }

    public DirectoryEntry(EntityKind kind, String name, String city, String state, String country, Instant createdAt) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A directory entry needs a name");
        }
        this.kind = kind;
        this.name = clip(name.strip(), 300);
        this.matchKey = clip(NameKey.of(name), 300);
        this.city = clip(city, 120);
        this.state = state == null || state.isBlank() ? null : clip(state.strip().toUpperCase(java.util.Locale.ROOT), 2);
        this.country = clip(country, 80);
        this.createdAt = createdAt;
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    /** Fills in what an import knows and the entry does not yet (never overwrites). */
    public void learn(String tradeName, String city, String fein) {
        if (this.tradeName == null) {
            this.tradeName = clip(tradeName, 300);
        }
        if (this.city == null) {
            this.city = clip(city, 120);
        }
        if (this.fein == null && fein != null && fein.replaceAll("\\D", "").length() == 9) {
            this.fein = fein.replaceAll("\\D", "");
        }
    }

    /** Staff merge: this entry now stands for {@code survivor}. */
    public void mergeInto(long survivor) {
        if (id != null && id == survivor) {
            throw new IllegalArgumentException("An entry is not merged into itself");
        }
        this.mergedInto = survivor;
    }

    /** Staff split: imports never add other names to this entry. */
    public void pin() {
        this.pinned = true;
    }

    public Long getId() {
        return id;
    }

    public EntityKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getMatchKey() {
        return matchKey;
    }

    public String getTradeName() {
        return tradeName;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getCountry() {
        return country;
    }

    public String getFein() {
        return fein;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public boolean isPinned() {
        return pinned;
    }
}
