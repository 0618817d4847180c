package org.jornada.channel.control;

import org.jornada.platform.control.Settings;

/**
 * The message channel's settings, each secret read through {@link Settings#secret} (the variable, or
 * the file its {@code _FILE} twin names). A provider without everything it needs is off, and its
 * webhook answers 404: Twilio needs its auth token and the public URL it signs; Meta's WhatsApp Cloud
 * API its app secret, verify token, access token and phone number id (it answers through the Graph API
 * only); the Android SMS gateway its signing key, its send address and the user and password of that
 * API (it too answers only through its API). docs/channels.md tells an organization how to get each.
 * {@link #toString()} names which providers are on, never a value.
 */
public record ChannelSettings(String publicUrl, String twilioAuthToken, String whatsappAppSecret,
        String whatsappVerifyToken, String whatsappToken, String whatsappPhoneId, String whatsappGraphUrl,
        String whatsappVersion, String whatsappTemplate, String smsgateUrl, String smsgateKey, String smsgateUser,
        String smsgatePassword) {

    public static final String DEFAULT_GRAPH_URL = "https://graph.facebook.com";
    public static final String DEFAULT_GRAPH_VERSION = "v21.0";
    public static final String DEFAULT_TEMPLATE = "jornada_new_reply";

    public ChannelSettings {
        whatsappGraphUrl = blank(whatsappGraphUrl) ? DEFAULT_GRAPH_URL : trimSlash(whatsappGraphUrl);
        whatsappVersion = blank(whatsappVersion) ? DEFAULT_GRAPH_VERSION : whatsappVersion.strip();
        whatsappTemplate = blank(whatsappTemplate) ? DEFAULT_TEMPLATE : whatsappTemplate.strip();
    }

    /** The settings as the environment (or the config sources) give them now. */
    public static ChannelSettings read() {
        // the address Twilio calls: JORNADA_PUBLIC_URL, or JORNADA_TWILIO_PUBLIC_URL where the webhook's
        // public address differs from the portal's (another host in front of the webhook alone)
        String twilioBase = Settings.get("JORNADA_TWILIO_PUBLIC_URL").or(() -> Settings.get("JORNADA_PUBLIC_URL"))
                .orElse(null);
        return new ChannelSettings(twilioBase, secret("JORNADA_TWILIO_AUTH_TOKEN"),
                secret("JORNADA_WHATSAPP_APP_SECRET"), secret("JORNADA_WHATSAPP_VERIFY_TOKEN"),
                secret("JORNADA_WHATSAPP_TOKEN"), get("JORNADA_WHATSAPP_PHONE_ID"), get("JORNADA_WHATSAPP_GRAPH_URL"),
                get("JORNADA_WHATSAPP_GRAPH_VERSION"), get("JORNADA_WHATSAPP_TEMPLATE"), get("JORNADA_SMSGATE_URL"),
                secret("JORNADA_SMSGATE_KEY"), get("JORNADA_SMSGATE_USER"), secret("JORNADA_SMSGATE_PASSWORD"));
    }

    /** Twilio's webhook is checked (auth token) against the URL it signs (public URL). */
    public boolean twilioOn() {
        return !blank(twilioAuthToken) && !blank(publicUrl);
    }

    /** Meta's webhook can be verified (app secret, verify token) and answered (access token, phone id). */
    public boolean whatsappOn() {
        return !blank(whatsappAppSecret) && !blank(whatsappVerifyToken) && whatsappSends();
    }

    /** Texts can be sent through the Graph API: an access token and the phone number id. */
    public boolean whatsappSends() {
        return !blank(whatsappToken) && !blank(whatsappPhoneId);
    }

    /** The gateway's webhook can be verified (signing key) and answered through its API. */
    public boolean smsgateOn() {
        return !blank(smsgateKey) && smsgateSends();
    }

    /** Texts can be sent through the gateway's API: its address, user and password. */
    public boolean smsgateSends() {
        return !blank(smsgateUrl) && !blank(smsgateUser) && !blank(smsgatePassword);
    }

    @Override
    public String toString() {
        return "ChannelSettings[twilio=" + twilioOn() + ", whatsapp=" + whatsappOn() + ", smsgate=" + smsgateOn() + "]";
    }

    private static String get(String name) {
        return Settings.get(name).orElse(null);
    }

    private static String secret(String name) {
        return Settings.secret(name).orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimSlash(String url) {
        String out = url.strip();
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
