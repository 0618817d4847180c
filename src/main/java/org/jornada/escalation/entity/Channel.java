package org.jornada.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One way to reach an authority: its kind and the address, number or place, in its order. */
@Embeddable
public class Channel {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChannelKind kind;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false)
    private int position;

    protected Channel() {
        // JPA
    }

    public Channel(ChannelKind kind, String address, int position) {
        this.kind = kind;
        this.address = address;
        this.position = position;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public int getPosition() {
        return position;
    }
}
