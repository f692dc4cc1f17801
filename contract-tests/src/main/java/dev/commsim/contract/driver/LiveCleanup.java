package dev.commsim.contract.driver;

import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;
import java.util.ArrayList;
import java.util.List;

/**
 * A live provider: no reset and no read-back. Before each program and at the end, the communities the
 * kit made are deactivated and every channel leaves the groups the kit made, so a live account is left
 * as it was found (apart from the provider's own history). Only what this run created is touched.
 */
public final class LiveCleanup implements Backstage {

    /** The two requests clean-up needs, in a dialect; ids are bare digits. Refusals are ignored. */
    public interface Requests {
        void deactivate(String actor, String communityId);

        void leave(String actor, String groupId);
    }

    private final Phonebook phones;
    private final Requests requests;
    private final List<String> created = new ArrayList<>();

    public LiveCleanup(Phonebook phones, Requests requests) {
        this.phones = phones;
        this.requests = requests;
    }

    /** Whapi: {@code DELETE /communities/{id}} and {@code DELETE /groups/{id}} (leave). */
    public static LiveCleanup whapi(Transport http, Phonebook phones) {
        return new LiveCleanup(phones, new Requests() {
            @Override
            public void deactivate(String actor, String communityId) {
                http.send("DELETE", "/communities/" + communityId + "@g.us", phones.token(actor), null);
            }

            @Override
            public void leave(String actor, String groupId) {
                http.send("DELETE", "/groups/" + groupId + "@g.us", phones.token(actor), null);
            }
        });
    }

    /** The driver reports every group and community handle it created. */
    @Override
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
        // Communities first: their P and Y go with them (R8), and their linked groups become ordinary
        // groups, which the channels then leave like any other. Every channel tries: refusals (not an
        // admin, not a member, already gone) are expected, so clean-up is best effort.
        for (boolean communities : new boolean[] {true, false}) {
            for (String handle : created) {
                if (!ids.has(handle) || handle.contains("/") || handle.startsWith("c") != communities) {
                    continue;
                }
                for (String actor : phones.tokens().keySet()) {
                    if (communities) {
                        requests.deactivate(actor, ids.id(handle));
                    } else {
                        requests.leave(actor, ids.id(handle));
                    }
                }
            }
        }
        created.clear();
    }
}
