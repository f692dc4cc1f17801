package dev.commsim.contract.driver;

import dev.commsim.contract.actions.Dialect;
import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;

/** The simulator's control plane: reset, settings, one declared channel per actor, state read-back. */
public final class SimulatorBackstage implements Backstage {

    private final SimControl control;
    private final Phonebook phones;
    private final boolean pushSettings;
    private final Dialect dialect;
    private Settings pushed;
    private boolean loadsStates = true;
    private String emptyWorld;
    private Settings emptyWorldSettings;

    /**
     * @param pushSettings set the simulator's limits and policy to the program's; false leaves them as
     *                     the simulator was started (how the deviation tests plant a difference)
     */
    public SimulatorBackstage(Transport http, Phonebook phones, boolean pushSettings, Dialect dialect) {
        this.control = new SimControl(http);
        this.phones = phones;
        this.pushSettings = pushSettings;
        this.dialect = dialect;
    }

    @Override
    public void reset(Settings settings, Ids ids) {
        // One request instead of six: load the empty world (channels declared) taken after the
        // first full reset. Falls back to the full reset when the target cannot load states.
        if (emptyWorld != null && settings.equals(emptyWorldSettings)) {
            if (control.load(emptyWorld)) {
                return;
            }
            emptyWorld = null;
            loadsStates = false;
        }
        control.reset();
        // A reset keeps the settings: push them only when they change.
        if (pushSettings && !settings.equals(pushed)) {
            control.settings(settings);
            pushed = settings;
        }
        phones.tokens().forEach((actor, token) -> {
            if (dialect == Dialect.ZAPI) {
                control.zapiChannel(ZapiDriver.instanceOf(actor), token, phones.phone(actor));
            } else {
                control.whapiChannel(token, phones.phone(actor));
            }
        });
        if (loadsStates) {
            emptyWorld = control.rawState();
            emptyWorldSettings = settings;
        }
    }

    @Override
    public String inviteCode(String groupId) {
        for (com.fasterxml.jackson.databind.JsonNode group : control.state().path("groups")) {
            if (Ids.bare(group.path("id").asText()).equals(groupId)) {
                return group.path("inviteCode").asText(null);
            }
        }
        return null;
    }

    @Override
    public WorldView readBack(Ids ids, Phonebook phones) {
        return StateReader.read(control.state(), ids, phones);
    }
}
