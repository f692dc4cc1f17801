package dev.commsim.contract.driver;

import java.util.HashMap;
import java.util.Map;

/** Handles of groups and communities to the target's ids (bare digits) and back, for one run. */
public final class Ids {

    private final Map<String, String> byHandle = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();

    public void bind(String handle, String id) {
        String bare = bare(id);
        byHandle.put(handle, bare);
        byId.put(bare, handle);
    }

    public String id(String handle) {
        String id = byHandle.get(handle);
        if (id == null) {
            throw new IllegalStateException("no id bound to " + handle);
        }
        return id;
    }

    public boolean has(String handle) {
        return byHandle.containsKey(handle);
    }

    /** The handle of an id, or "?id" for a group no step created. */
    public String handleOf(String id) {
        if (id == null) {
            return null;
        }
        String bare = bare(id);
        return byId.getOrDefault(bare, "?" + bare);
    }

    public void clear() {
        byHandle.clear();
        byId.clear();
    }

    /** Digits only: Whapi's "@g.us", Z-API's "-group" suffixes dropped. */
    public static String bare(String id) {
        int end = 0;
        while (end < id.length() && (Character.isDigit(id.charAt(end)))) {
            end++;
        }
        return id.substring(0, end);
    }
}
