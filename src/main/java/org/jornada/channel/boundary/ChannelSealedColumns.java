package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/**
 * What the channel seals with the data key: the files held for a report not yet filed, and the
 * on-call entries' mail addresses and phones. A conversation's draft (keyed by conversation, not
 * by id) lives at most a few hours and is not re-keyed; a draft that a retired key can no longer
 * open starts the conversation over.
 */
@ApplicationScoped
public class ChannelSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("channel_media", "content_sealed", ChannelInbox.MEDIA),
                new Column("on_call", "mail_sealed", OnCallRoster.MAIL_PURPOSE),
                new Column("on_call", "phone_sealed", OnCallRoster.PHONE_PURPOSE));
    }
}
