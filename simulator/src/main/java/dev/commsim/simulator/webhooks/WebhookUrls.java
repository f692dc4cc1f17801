package dev.commsim.simulator.webhooks;

import java.net.URI;
import java.net.URISyntaxException;

/** What a webhook URL must be: absolute http or https with a host. */
public final class WebhookUrls {
    private WebhookUrls() {
    }

    /** Why the URL is unusable, or null when it is fine. */
    public static String problem(String url) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        try {
            URI uri = new URI(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? null : "must be an absolute http or https URL";
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL";
        }
    }
}
