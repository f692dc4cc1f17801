package dev.commsim.simulator.dialect.zapi;

/**
 * The families of Z-API endpoints, by how they answer a refusal (zapi.md §3, §4.5): boolean endpoints
 * with a 200 {@code {"value": false}} or {@code {"success": false}}; lookups with a 400 {@code {"error"}}.
 */
enum Family {
    /** Participants, admins, name, description, group settings, leave, community description. */
    VALUE,
    /** Community link, unlink, settings, deactivate; accept-invite. */
    SUCCESS,
    /** Group metadata and invitation links: 400 "Group not found" / "not-authorized". */
    GROUP_LOOKUP,
    /** Community metadata and its invitation link: 400 "Community not found" / "not-authorized". */
    COMMUNITY_LOOKUP,
    /** Chat metadata: 400 "Chat not found". */
    CHAT_LOOKUP,
    /** Creations: only malformed input is refused, with a 400. */
    CREATE
}
