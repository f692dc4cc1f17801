package dev.commsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The simulator reads and writes JSON without an ObjectMapper; it must agree with one byte for byte. */
class JsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    @Test
    void writesWhatTheMapperWritesForGeneratedTrees() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            JsonNode tree = randomTree(random, 0);
            assertThat(new String(Json.bytes(tree), StandardCharsets.UTF_8))
                    .isEqualTo(new String(MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsWhatTheMapperReads() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            byte[] text = MAPPER.writeValueAsBytes(randomTree(random, 0));
            JsonNode ours = Json.read(text);
            JsonNode theirs = MAPPER.readTree(text);
            assertThat(ours).isEqualTo(theirs);
            assertThat(ours.getClass()).isEqualTo(theirs.getClass());
        }
    }

    @Test
    void numbersKeepTheirKinds() throws IOException {
        JsonNode node = Json.read(bytes("{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234,\"d\":1.5,\"e\":-2e3}"));
        assertThat(node.get("i").isInt()).isTrue();
        assertThat(node.get("l").isLong()).isTrue();
        assertThat(node.get("b").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(node.get("d").isDouble()).isTrue();
        assertThat(node.get("e").doubleValue()).isEqualTo(-2000.0);
    }

    @Test
    void refusesWhatTheMapperWasSetToRefuse() {
        for (String bad : new String[] {"{\"a\":1,\"a\":2}", "{\"a\":1} {}", "{\"a\":1}x", "{\"a\":", "[1,2", "{\"a\" 1}",
                "{'a':1}", "[1,]", "\"unterminated"}) {
            assertThatThrownBy(() -> Json.read(bytes(bad))).as(bad).isInstanceOf(IOException.class);
        }
    }

    @Test
    void emptyOrBlankInputIsNoDocument() throws IOException {
        assertThat(Json.read(new byte[0])).isNull();
        assertThat(Json.read(bytes("  \n"))).isNull();
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.read(bytes(deep))).isInstanceOf(IOException.class);
    }

    @Test
    void aWritableWritesItselfInsideATree() {
        ObjectNode node = Json.object().put("a", 1);
        node.set("list", Json.writable(out -> {
            out.writeStartArray();
            out.writeString("x");
            out.writeEndArray();
        }));
        node.put("z", true);
        assertThat(new String(Json.bytes(node), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1,\"list\":[\"x\"],\"z\":true}");
    }

    @Test
    void aFrozenValueIsWrittenOnceAndCopiedWithItsSeparators() {
        int[] writes = {0};
        JsonNode frozen = Json.frozen(out -> {
            writes[0]++;
            out.writeStartArray();
            out.writeString("caf\u00e9 \"quoted\" \ud83d\ude00");
            out.writeEndArray();
        });
        ObjectNode node = Json.object().put("a", 1);
        node.set("list", frozen);
        node.withArray("both").add(frozen).add(frozen);

        String expected = "{\"a\":1,\"list\":[\"caf\u00e9 \\\"quoted\\\" \\uD83D\\uDE00\"],"
                + "\"both\":[[\"caf\u00e9 \\\"quoted\\\" \\uD83D\\uDE00\"],[\"caf\u00e9 \\\"quoted\\\" \\uD83D\\uDE00\"]]}";
        assertThat(new String(Json.bytes(node), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(Json.bytes(node), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(writes[0]).isEqualTo(1);
    }

    @Test
    void writingIntoABufferGivesTheSameBytesOrLeavesItAsItWas() {
        SplittableRandom random = new SplittableRandom(11);
        int fitted = 0;
        for (int i = 0; i < 300; i++) {
            JsonNode tree = randomTree(random, 0);
            byte[] expected = Json.bytes(tree);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(2 + random.nextInt(expected.length * 2));
            buffer.put((byte) '>');
            if (Json.write(tree, buffer)) {
                fitted++;
                byte[] written = new byte[buffer.position() - 1];
                buffer.flip().position(1);
                buffer.get(written);
                assertThat(written).isEqualTo(expected);
            } else {
                assertThat(buffer.position()).isEqualTo(1);
                assertThat(expected.length).isGreaterThan(buffer.capacity() - 1);
            }
        }
        assertThat(fitted).isBetween(30, 270);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode randomTree(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        switch (kind) {
            case 0:
                return Json.object().textNode(randomText(random));
            case 1:
                return Json.object().numberNode(random.nextInt());
            case 2:
                return Json.object().numberNode(random.nextLong());
            case 3:
                return Json.object().numberNode(random.nextDouble() * 1e6 - 5e5);
            case 4:
                return Json.object().booleanNode(random.nextBoolean());
            case 5:
                return Json.object().nullNode();
            case 6: {
                ObjectNode object = Json.object();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomText(random) + i, randomTree(random, depth + 1));
                }
                return object;
            }
            default: {
                ArrayNode array = Json.array();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(randomTree(random, depth + 1));
                }
                return array;
            }
        }
    }

    private static String randomText(SplittableRandom random) {
        String alphabet = "ab\"\\/\n\t\u0001é漢😀 ";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt(alphabet.codePointCount(0, alphabet.length()))]);
        }
        return text.toString();
    }
}
