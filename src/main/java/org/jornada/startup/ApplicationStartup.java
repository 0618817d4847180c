package org.jornada.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.jornada.complaint.control.NameKeysBackfill;
import org.jornada.casework.boundary.AutoLinkTimer;
import org.jornada.mail.boundary.OutboxTimer;
import org.jornada.pattern.boundary.CaseCopyRefresher;
import org.jornada.retention.boundary.RetentionTimer;
import org.jornada.platform.boundary.DatabaseMigration;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.DatabaseSettings;

/**
 * Starts the application, in order: the schema (Flyway, with the features' Java migrations), the
 * demo data on a fresh embedded database, the first staff from the environment (these three one node
 * at a time when several start together), the data folder's
 * permissions; the mail outbox's, the directory links', the retention and the urgent notices' timers; then readiness, and the pattern views' copy
 * of the cases read in the background. This room sits above the features: it may use any of them and none
 * uses it (docs/architecture.md).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    @Inject
    DatabaseMigration migration;

    @Inject
    FirstStaff firstStaff;

    @Inject
    DemoData demoData;

    @Inject
    OutboxTimer outbox;

    @Inject
    AutoLinkTimer autoLinks;

    @Inject
    CaseCopyRefresher patternData;

    @Inject
    RetentionTimer retention;

    @Inject
    org.jornada.platform.boundary.RekeyTimer rekey;

    @Inject
    org.jornada.channel.boundary.ChannelTimer channel;

    @Inject
    org.jornada.channel.boundary.UrgentNoticeTimer urgentNotices;

    @Inject
    org.jornada.evidence.boundary.EvidenceTimers evidenceTimers;

    @Inject
    org.jornada.platform.boundary.DataFolderGuard dataFolder;

    @PostConstruct
    void start() {
        // several nodes may start together on one database: one at a time here
        migration.exclusively(() -> {
            migration.migrate(new NameKeysBackfill());
            if (DatabaseSettings.isEmbedded() && demoData.enabled()) {
                demoData.loadIfEmpty();
            }
            firstStaff.ensure();
        });
        // the embedded database's files, the keys, the outbox: owner-only now and from then on
        dataFolder.start();
        outbox.start();
        autoLinks.start();
        retention.start();
        rekey.start();
        channel.start();
        urgentNotices.start();
        evidenceTimers.start();
        migration.markReady();
        patternData.warmUpInBackground();
        // for the launcher's summary, the last block of the log (platform.boot.StartupSummary)
        System.setProperty("jornada.startup.summary", summary());
    }

    private String summary() {
        StringBuilder lines = new StringBuilder();
        lines.append("Data folder: ").append(DataDirectory.path()).append(" (JORNADA_DATA_DIR; keys and, embedded,")
                .append(" the database)\n");
        lines.append("Database: ").append(DatabaseSettings.isEmbedded()
                ? "embedded H2 file in the data folder" + (demoData.enabled()
                        ? " (a new folder starts fresh with demo data)" : " (JORNADA_DEMO=false: no demo data)")
                : "MySQL/MariaDB at " + DatabaseSettings.address() + " (DB_URL)").append('\n');
        if (DatabaseSettings.isEmbedded() && demoData.enabled()) {
            lines.append(demoData.summary());
        }
        return lines.toString();
    }
}
