package dev.commsim.contract.model;

/** The kind of a group (rules.md, Entities). */
public enum Kind {
    ORDINARY, COMMUNITY_PARENT, COMMUNITY_ANNOUNCEMENT
}
