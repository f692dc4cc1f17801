package dev.commsim.contract.driver;

import java.util.Map;

/**
 * One Z-API instance (zapi.md §1): its id and token make the URL prefix of every call; the account's
 * security token, when the owner has activated it, goes in a {@code Client-Token} header on every call.
 */
public record ZapiChannel(String instanceId, String token, String clientToken) {

    public ZapiChannel {
        if (instanceId == null || instanceId.isBlank() || token == null || token.isBlank()) {
            throw new IllegalArgumentException("a Z-API instance needs an instance id and a token");
        }
        clientToken = clientToken == null || clientToken.isBlank() ? null : clientToken;
    }

    /** The path every endpoint is relative to. */
    public String prefix() {
        return "/instances/" + instanceId + "/token/" + token;
    }

    public Map<String, String> headers() {
        return clientToken == null ? Map.of() : Map.of("Client-Token", clientToken);
    }
}
