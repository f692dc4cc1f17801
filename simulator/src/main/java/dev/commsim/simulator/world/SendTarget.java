package dev.commsim.simulator.world;

/** Where a message goes: a group by id, or a person by phone. */
public record SendTarget(String id, boolean group) {

    public static SendTarget group(String groupId) {
        return new SendTarget(groupId, true);
    }

    public static SendTarget person(String phone) {
        return new SendTarget(phone, false);
    }
}
