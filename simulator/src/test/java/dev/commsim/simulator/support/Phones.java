package dev.commsim.simulator.support;

/** Test phone numbers. Numbers ending in 0000 are "not on WhatsApp" in the simulator, so none of these do. */
public final class Phones {
    public static final String ALICE = "15551110001";
    public static final String BOB = "15551110002";
    public static final String CAROL = "15551110003";
    public static final String DAVE = "15551110004";
    public static final String ERIN = "15551110005";
    public static final String FRANK = "15551110006";
    public static final String NOT_ON_WHATSAPP = "15559990000";

    private Phones() {
    }

    /** The i-th of a large set of distinct valid numbers (never ending in 0000). */
    public static String numbered(int i) {
        return "4477" + String.format("%08d", i * 10 + 1);
    }
}
