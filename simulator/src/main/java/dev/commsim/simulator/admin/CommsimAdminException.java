package dev.commsim.simulator.admin;

/** The control plane refused a request (its status and error text), or could not be reached. */
public final class CommsimAdminException extends RuntimeException {
    private final int status;

    public CommsimAdminException(int status, String message) {
        super(message);
        this.status = status;
    }

    public CommsimAdminException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
