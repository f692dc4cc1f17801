package dev.commsim.contract.model;

/** A participant's rank in a group. */
public enum Rank {
    CREATOR, ADMIN, MEMBER;

    public boolean isAdmin() {
        return this != MEMBER;
    }
}
