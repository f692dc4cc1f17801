package dev.commsim.simulator.world;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API tenants (rules.md, Entities). Unseen credentials auto-provision a channel with a phone
 * derived from them, stable across runs and seeds; strict mode accepts declared channels only.
 */
final class Channels {
    private final Map<String, Channel> byKey = new LinkedHashMap<>();

    Outcome<Channel> resolve(Dialect dialect, String credential, boolean strict) {
        Channel channel = byKey.get(key(dialect, credential));
        if (channel != null) {
            return Outcome.ok(channel);
        }
        if (strict) {
            return Outcome.refused(Reason.CHANNEL_NOT_FOUND);
        }
        Channel provisioned = new Channel(dialect, credential, derivePhone(dialect, credential), null, false);
        byKey.put(key(dialect, credential), provisioned);
        return Outcome.ok(provisioned);
    }

    /**
     * Declares (or re-declares) a channel. Several channels may share one phone: they are the same
     * account seen through several tokens or both providers.
     */
    Channel declare(Dialect dialect, String credential, String phone, String clientToken) {
        Channel channel = new Channel(dialect, credential, phone, clientToken, true);
        byKey.put(key(dialect, credential), channel);
        return channel;
    }

    List<Channel> all() {
        return new ArrayList<>(byKey.values());
    }

    void clear() {
        byKey.clear();
    }

    private static String key(Dialect dialect, String credential) {
        return dialect.name() + '\n' + credential;
    }

    /** 13 digits shaped like a Brazilian mobile, never one of the "not on WhatsApp" numbers, never taken. */
    private String derivePhone(Dialect dialect, String credential) {
        Set<String> taken = new HashSet<>();
        byKey.values().forEach(channel -> taken.add(channel.phone()));
        byte[] digest = sha256(dialect.name() + ':' + credential);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        long suffix = Math.floorMod(value, 1_000_000_000L);
        while (true) {
            // Zero-padded by hand: String.format would load the locale machinery on the first request.
            String digits = Long.toString(suffix);
            String phone = "5511" + "0".repeat(9 - digits.length()) + digits;
            if (WorldState.onWhatsApp(phone) && !taken.contains(phone)) {
                return phone;
            }
            suffix = (suffix + 1) % 1_000_000_000L;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
