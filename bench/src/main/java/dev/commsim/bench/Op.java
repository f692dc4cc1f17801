package dev.commsim.bench;

/** The requests of the realistic mix, as a Whapi client sends them. */
enum Op {
    LIST_GROUPS("GET", "/groups"),
    GET_GROUP("GET", "/groups/{id}"),
    ADD_PARTICIPANT("POST", "/groups/{id}/participants"),
    REMOVE_PARTICIPANT("DELETE", "/groups/{id}/participants"),
    LINK("PUT", "/communities/{c}/{g}"),
    UNLINK("DELETE", "/communities/{c}/{g}"),
    SEND_TEXT("POST", "/messages/text");

    final String method;
    final String pathTemplate;

    Op(String method, String pathTemplate) {
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    String label() {
        return method + " " + pathTemplate;
    }
}
