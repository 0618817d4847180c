package org.jornada.channel.boundary;

import jakarta.annotation.PostConstruct;
import org.jornada.channel.control.ChannelSettings;

/**
 * What the provider clients share: the channel's settings, read when the bean starts (or given,
 * outside a container), and one HTTP client with short timeouts that follows no redirect.
 */
abstract class ProviderClient {

    protected ChannelSettings settings;
    protected ProviderHttp http;

    /** For CDI: the settings are read when the bean starts. */
    protected ProviderClient() {
    }

    /** Outside a container (a unit test): with these settings. */
    protected ProviderClient(ChannelSettings settings) {
        this.settings = settings;
        this.http = new ProviderHttp();
    }

    @PostConstruct
    void start() {
        if (settings == null) {
            settings = ChannelSettings.read();
            http = new ProviderHttp();
        }
    }
}
