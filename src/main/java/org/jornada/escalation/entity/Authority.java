package org.jornada.escalation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.Category;

/**
 * A labor authority a case can be referred to (seeded by V11 from domain-reference.md section 4),
 * or a local office of one that an admin added (a WHD district office, a consulate): the
 * categories it takes, how to reach it, the language of its packet, the facts it asks for in its
 * order, the legal clocks that bear on it, and whether the reference could verify its channel.
 */
@Entity
@Table(name = "authority")
public class Authority {

    /** Separates the facts of {@code info_required} (a line break is not portable across H2 and MySQL literals). */
    public static final String FACT_SEPARATOR = "|";

    /** Days without an answer before a sent referral is due, unless the authority says otherwise (V11's default). */
    public static final int DEFAULT_RESPONSE_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_es", nullable = false, length = 200)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 1000)
    private String categories;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "info_required", nullable = false, length = 4000)
    private String infoRequired;

    @Column(nullable = false, length = 400)
    private String clocks;

    @Column(name = "response_days", nullable = false)
    private int responseDays;

    @Column(nullable = false)
    private boolean verified;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, length = 1000)
    private String source;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "authority_channel", joinColumns = @JoinColumn(name = "authority_id"))
    @OrderBy("position")
    private List<Channel> channels = new ArrayList<>();

    protected Authority() {
        // JPA
    }

    /** An authority with all its facts (the seeded ones come from V11; this is for code and tests). */
    public static Authority of(String code, String nameEs, String nameEn, Set<Category> categories, String language,
            List<String> infoRequired, List<String> clockRules, boolean verified, String source, Instant now) {
        Authority authority = localOffice(null, code, nameEn, categories, language, List.of(), source, now);
        authority.nameEs = nameEs;
        authority.infoRequired = String.join(FACT_SEPARATOR, infoRequired);
        authority.clocks = String.join(",", clockRules);
        authority.verified = verified;
        return authority;
    }

    /**
     * A local office an admin adds, of {@code parent} when given (its facts, clocks and answer time
     * are then the parent's), or an authority of its own with none.
     */
    public static Authority localOffice(Authority parent, String code, String name, Set<Category> categories,
            String language, List<Channel> channels, String source, Instant now) {
        Authority office = new Authority();
        office.code = code;
        office.nameEs = name;
        office.nameEn = name;
        office.categories = codes(categories);
        office.language = language;
        office.infoRequired = parent == null ? "" : parent.infoRequired;
        office.clocks = parent == null ? "" : parent.clocks;
        office.responseDays = parent == null ? DEFAULT_RESPONSE_DAYS : parent.responseDays;
        office.verified = true;
        office.source = source;
        office.parentId = parent == null ? null : parent.id;
        office.createdAt = now;
        office.channels = new ArrayList<>(channels);
        return office;
    }

    /**
     * What an admin may change: how long to wait for an answer, whether the channels were checked
     * against the authority's own site, a note, and its email address (replaced, or removed when
     * null). The code, names, categories, facts and clocks come from the reference and stay.
     */
    public void edit(int days, boolean checked, String newNote, String email) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("Response days are 1 to 365");
        }
        responseDays = days;
        verified = checked;
        note = newNote;
        List<Channel> kept = new ArrayList<>(channels.stream().filter(c -> c.getKind() != ChannelKind.EMAIL).toList());
        if (email != null) {
            kept.add(0, new Channel(ChannelKind.EMAIL, email, 0));
        }
        channels = new ArrayList<>();
        for (Channel c : kept) {
            channels.add(new Channel(c.getKind(), c.getAddress(), channels.size() + 1));
        }
    }

    /** The email address authorities are mailed at, if it has one. */
    public java.util.Optional<String> email() {
        return channels.stream().filter(c -> c.getKind() == ChannelKind.EMAIL).map(Channel::getAddress).findFirst();
    }

    private static String codes(Set<Category> categories) {
        return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<Category> categories() {
        Set<Category> set = EnumSet.noneOf(Category.class);
        Arrays.stream(categories.split(",")).map(String::strip).map(Category::fromCode)
                .forEach(c -> c.ifPresent(set::add));
        return set;
    }

    public boolean takes(Category category) {
        return categories().contains(category);
    }

    /** The facts the authority asks for, in its order. */
    public List<String> infoRequired() {
        return infoRequired.isBlank() ? List.of()
                : Arrays.stream(infoRequired.split("\\" + FACT_SEPARATOR)).map(String::strip).toList();
    }

    /** The legal clocks (DeadlineRules codes) that bear on a referral to it. */
    public List<String> clockRules() {
        return clocks.isBlank() ? List.of() : Arrays.stream(clocks.split(",")).map(String::strip).toList();
    }

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLanguage() {
        return language;
    }

    public int getResponseDays() {
        return responseDays;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getNote() {
        return note;
    }

    public String getSource() {
        return source;
    }

    public Long getParentId() {
        return parentId;
    }

    public List<Channel> getChannels() {
        return List.copyOf(channels);
    }
}
