package dev.commsim.contract.driver;

import dev.commsim.contract.model.Settings;
import dev.commsim.contract.model.WorldView;

/**
 * What a driver does besides the provider's API: clear the target before a program and read its
 * world back after. The simulator has a control plane for both; a live provider has neither, so
 * there the kit cleans up what it created and reads nothing back.
 */
public interface Backstage {

    /** Called before each program; {@code ids} still holds the previous program's groups. */
    void reset(Settings settings, Ids ids);

    /** The world by handle, or null when the target cannot show it. */
    WorldView readBack(Ids ids, Phonebook phones);

    /**
     * A group's current invite code by bare id, or null when the backstage cannot tell (a live
     * provider: the driver then asks the provider as an admin) or the group is gone.
     */
    default String inviteCode(String groupId) {
        return null;
    }

    /** A group or community the program just created, by handle: a live backstage remembers it to clean up. */
    default void created(String handle) {
    }

    /** Called once when the driver closes. */
    default void close(Ids ids) {
    }
}
