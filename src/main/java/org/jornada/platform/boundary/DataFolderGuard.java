package org.jornada.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.Settings;

/**
 * Keeps the data folder owner-only: every folder 0700 and every file 0600, at start and then
 * every {@code JORNADA_DATA_DIR_CHECK_SECONDS} (default 60). The portal creates its own files that
 * way ({@link DataDirectory#writePrivate}, {@link DataDirectory#folder}); this catches what others
 * create with the process umask, which Java cannot set: H2's temporary and trace files, a file an
 * operator copied in. The folder itself is 0700 from the start, so nothing in it is reachable by
 * another user meanwhile.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataFolderGuard {

    private static final Logger LOG = Logger.getLogger(DataFolderGuard.class.getName());

    @Resource
    TimerService timers;

    /** Tightens the folder now and starts the periodic check. */
    public void start() {
        DataDirectory.restrictPermissions();
        long every = Settings.get("JORNADA_DATA_DIR_CHECK_SECONDS").map(String::strip)
                .filter(v -> v.matches("\\d{1,6}")).map(Long::parseLong).filter(s -> s > 0).orElse(60L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("data-folder-guard", false));
    }

    @Timeout
    void run() {
        int tightened = DataDirectory.restrictPermissions();
        if (tightened > 0) {
            LOG.fine(() -> "Data folder: " + tightened + " permissions tightened");
        }
    }
}
