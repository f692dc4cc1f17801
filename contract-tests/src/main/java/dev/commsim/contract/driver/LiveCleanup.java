package dev.commsim.contract.driver;

import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;
import java.util.ArrayList;
import java.util.List;

/**
 * A live provider: no reset and no read-back. Before each program and at the end, the communities the
 * kit made are deactivated and every channel leaves the groups the kit made, so a live account is left
 * as it was found (apart from the provider's own history).
 */
public final class LiveCleanup implements Backstage {

    private final Transport http;
    private final Phonebook phones;
    private final List<String> created = new ArrayList<>();

    public LiveCleanup(Transport http, Phonebook phones) {
        this.http = http;
        this.phones = phones;
    }

    /** The driver reports every group and community handle it created. */
    public void created(String handle) {
        created.add(handle);
    }

    @Override
    public void reset(Settings settings, Ids ids) {
        cleanUp(ids);
    }

    @Override
    public WorldView readBack(Ids ids, Phonebook phones) {
        return null;
    }

    @Override
    public void close(Ids ids) {
        cleanUp(ids);
    }

    private void cleanUp(Ids ids) {
        for (String handle : created) {
            if (!ids.has(handle) || handle.contains("/")) {
                continue;
            }
            String id = ids.id(handle) + "@g.us";
            for (String token : phones.tokens().values()) {
                // Refusals are expected here (not admin, already gone): clean-up is best effort.
                if (handle.startsWith("c")) {
                    http.send("DELETE", "/communities/" + id, token, null);
                } else {
                    http.send("DELETE", "/groups/" + id, token, null);
                }
            }
        }
        created.clear();
    }
}
