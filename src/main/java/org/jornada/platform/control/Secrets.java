package org.jornada.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Produces the application's secrets from configuration: the data key
 * ({@code JORNADA_DATA_KEY} / {@code JORNADA_DATA_KEY_FILE}, retired keys in
 * {@code JORNADA_DATA_KEYS_RETIRED}) and the receipt pepper ({@code JORNADA_RECEIPT_SECRET} /
 * {@code JORNADA_RECEIPT_SECRET_FILE}). Missing ones are generated once in the data folder.
 */
@ApplicationScoped
public class Secrets {

    private DataCipher cipher;
    private byte[] receiptSecret;

    @Produces
    public synchronized DataCipher cipher() {
        if (cipher == null) {
            byte[] current = DataDirectory.secret("JORNADA_DATA_KEY", "data.key", 32);
            List<byte[]> retired = new ArrayList<>();
            Settings.get("JORNADA_DATA_KEYS_RETIRED").ifPresent(list -> {
                for (String item : list.split(",")) {
                    if (!item.isBlank()) {
                        retired.add(Base64.getDecoder().decode(item.trim()));
                    }
                }
            });
            cipher = new DataCipher(current, retired);
        }
        return cipher;
    }

    public synchronized byte[] receiptSecret() {
        if (receiptSecret == null) {
            receiptSecret = DataDirectory.secret("JORNADA_RECEIPT_SECRET", "receipt-pepper.key", 32);
        }
        return receiptSecret.clone();
    }
}
