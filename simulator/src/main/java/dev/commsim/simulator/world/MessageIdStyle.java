package dev.commsim.simulator.world;

/** Each provider's message id shape, drawn from the world's seeded source. */
public enum MessageIdStyle {
    /** Whapi: 15 characters, a dash, 10 characters. */
    WHAPI {
        @Override
        String id(IdSource ids) {
            return ids.alphanumeric(15) + "-" + ids.alphanumeric(10);
        }

        @Override
        String secondaryId(IdSource ids) {
            return null;
        }
    },
    /** Z-API: messageId {@code 3EB0} + 16 hex; zaapId 32 uppercase hex. */
    ZAPI {
        @Override
        String id(IdSource ids) {
            return "3EB0" + ids.hex(16);
        }

        @Override
        String secondaryId(IdSource ids) {
            return ids.hex(32);
        }
    };

    abstract String id(IdSource ids);

    abstract String secondaryId(IdSource ids);
}
