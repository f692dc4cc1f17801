package dev.commsim.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The message record keeps the newest messages, oldest first, up to its capacity. */
class MessageLogTest {

    @Test
    void keepsTheLastMessagesInOrderOnceFull() {
        MessageLog log = new MessageLog(40);
        for (int i = 0; i < 100; i++) {
            log.add(message(i));
            int kept = Math.min(i + 1, 40);
            assertThat(log.size()).isEqualTo(kept);
            assertThat(log.get(0).id()).isEqualTo("m" + (i + 1 - kept));
            assertThat(log.get(kept - 1).id()).isEqualTo("m" + i);
        }
        assertThat(log.toList()).extracting(Message::id).startsWith("m60", "m61").endsWith("m98", "m99").hasSize(40);
        assertThatThrownBy(() -> log.get(40)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void clearingForgetsEverything() {
        MessageLog log = new MessageLog(3);
        List.of(1, 2, 3, 4).forEach(i -> log.add(message(i)));
        log.clear();
        assertThat(log.size()).isZero();
        log.add(message(5));
        assertThat(log.toList()).extracting(Message::id).containsExactly("m5");
    }

    @Test
    void theWorldKeepsAHundredThousand() {
        assertThat(MessageLog.CAPACITY).isEqualTo(100_000);
    }

    private static Message message(int i) {
        return new Message("m" + i, null, "120363000000000001", true, "15551110001", "text " + i, i,
                Message.Status.SENT, null, List.of());
    }
}
