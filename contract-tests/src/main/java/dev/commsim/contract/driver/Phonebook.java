package dev.commsim.contract.driver;

import dev.commsim.contract.model.Roster;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Handles to phone numbers and back, and each actor's credential. */
public final class Phonebook {

    private final Map<String, String> phones = new LinkedHashMap<>();
    private final Map<String, String> handles = new HashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    public void person(String handle, String phone) {
        phones.put(handle, phone);
        handles.put(phone, handle);
    }

    public void actor(String handle, String phone, String token) {
        person(handle, phone);
        tokens.put(handle, token);
    }

    /**
     * The simulator's book for the standard roster: actors 1555000100n with tokens tok-name, the
     * others 155500020nn, and 15550090000, whose last four digits make it "not on WhatsApp".
     */
    public static Phonebook forSimulator(Roster roster) {
        Phonebook book = new Phonebook();
        int i = 1;
        for (String actor : roster.actors()) {
            book.actor(actor, String.format("155500010%02d", i++), "tok-" + actor);
        }
        i = 1;
        for (String other : roster.others()) {
            book.person(other, roster.onWhatsApp(other) ? String.format("155500020%02d", i++) : "15550090000");
        }
        return book;
    }

    public String phone(String handle) {
        String phone = phones.get(handle);
        if (phone == null) {
            throw new IllegalArgumentException("no phone for " + handle);
        }
        return phone;
    }

    public String token(String actor) {
        String token = tokens.get(actor);
        if (token == null) {
            throw new IllegalArgumentException("no channel for " + actor);
        }
        return token;
    }

    /** The handle of a phone, or "?phone" for someone no program knows. */
    public String handleOf(String phone) {
        String bare = phone.contains("@") ? phone.substring(0, phone.indexOf('@')) : phone;
        return handles.getOrDefault(bare, "?" + bare);
    }

    public Map<String, String> tokens() {
        return tokens;
    }
}
