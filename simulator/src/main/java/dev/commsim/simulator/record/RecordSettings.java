package dev.commsim.simulator.record;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Record mode: the recording file (new), the Whapi.Cloud upstream and the Z-API upstream (either may be
 * null, not both), and how long to wait for an upstream's answer.
 */
public record RecordSettings(Path file, URI whapi, URI zapi, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public RecordSettings {
        if (file == null) {
            throw new IllegalArgumentException("record mode needs a file (--record-to FILE)");
        }
        if (whapi == null && zapi == null) {
            throw new IllegalArgumentException("record mode needs --upstream URL (Whapi.Cloud, e.g. "
                    + "https://gate.whapi.cloud) and/or --upstream-zapi URL (Z-API, e.g. https://api.z-api.io)");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** An absolute http(s) URL, or an {@link IllegalArgumentException} naming the flag. */
    public static URI upstream(String flag, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " is not a URL: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(flag + " must be an http:// or https:// base URL without a query: " + url);
        }
        return uri;
    }
}
