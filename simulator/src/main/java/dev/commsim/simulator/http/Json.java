package dev.commsim.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * JSON in the simulator: Jackson's tree nodes, read and written with Jackson's streaming parser and
 * generator. No {@code ObjectMapper}: data binding is not needed for trees, and its first use costs
 * ~150 ms of class loading, a third of the time to the first answer (bench, startup).
 *
 * <p>Reading keeps what the mapper was configured to refuse: duplicate keys and trailing tokens.
 * Writing gives the same bytes as {@code ObjectMapper.writeValueAsBytes} (tested), and lets a tree
 * hold a {@link Writable} (in a {@link POJONode}) that writes itself, for the big lists of hot answers.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A part of an answer that writes itself straight to the generator, without a tree. */
    @FunctionalInterface
    public interface Writable {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A tree node that writes itself when the tree is written. */
    public static JsonNode writable(Writable writable) {
        return NODES.pojoNode(writable);
    }

    /**
     * A value written once, now, whose bytes are then copied into every answer that holds it: for parts
     * that many answers repeat unchanged, such as a group's participants between two changes.
     */
    public static JsonNode frozen(Writable writable) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writable.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        SerializedString raw = new SerializedString(new String(out.toByteArray(), StandardCharsets.UTF_8));
        raw.asUnquotedUTF8(); // encoded here, once, not by the first answers racing to do it
        return writable(generator -> generator.writeRawValue(raw));
    }

    public static byte[] bytes(JsonNode node) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code node} into {@code target} from its position and answers true; or, when it does not
     * fit, answers false with the position where it was. Answers go out this way, straight into the
     * connection's pooled buffer: no byte array per answer, and no copy of one into direct memory.
     */
    public static boolean write(JsonNode node, ByteBuffer target) {
        int start = target.position();
        try (JsonGenerator generator = FACTORY.createGenerator(new BufferOutput(target))) {
            write(node, generator);
        } catch (BufferOutput.Full full) {
            target.position(start);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return true;
    }

    /** One document (an object, array or value); anything after it, or a key given twice, is an error. */
    public static JsonNode read(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return readDocument(parser);
        }
    }

    public static JsonNode read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    public static JsonNode read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    private static JsonNode readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = readValue(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing content after the JSON document");
        }
        return root;
    }

    /** Iterative, so nesting depth is bounded by the parser's own limit and never by the thread's stack. */
    private static JsonNode readValue(JsonParser parser, JsonToken first) throws IOException {
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
            return scalar(parser, first);
        }
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = first == JsonToken.START_OBJECT ? object() : array();
        open.push(root);
        while (!open.isEmpty()) {
            JsonNode container = open.peek();
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of the JSON document");
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            String name = null;
            if (token == JsonToken.FIELD_NAME) {
                name = parser.currentName();
                token = parser.nextToken();
                if (container.has(name)) {
                    throw new JsonParseException(parser, "duplicate field '" + name + "'");
                }
            }
            JsonNode value;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                value = token == JsonToken.START_OBJECT ? object() : array();
                open.push(value);
            } else {
                value = scalar(parser, token);
            }
            if (container instanceof ObjectNode object) {
                object.set(name, value);
            } else {
                ((ArrayNode) container).add(value);
            }
        }
        return root;
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
                break;
            case ARRAY:
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(item, out);
                }
                out.writeEndArray();
                break;
            case STRING:
                out.writeString(node.textValue());
                break;
            case NUMBER:
                writeNumber(node, out);
                break;
            case BOOLEAN:
                out.writeBoolean(node.booleanValue());
                break;
            case NULL:
                out.writeNull();
                break;
            case POJO:
                Object pojo = ((POJONode) node).getPojo();
                if (!(pojo instanceof Writable writable)) {
                    throw new IllegalStateException("a tree holds a " + pojo + ", not a Json.Writable");
                }
                writable.writeTo(out);
                break;
            default:
                throw new IllegalStateException("no JSON for a " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.numberType()) {
            case INT:
                out.writeNumber(node.intValue());
                break;
            case LONG:
                out.writeNumber(node.longValue());
                break;
            case BIG_INTEGER:
                out.writeNumber(node.bigIntegerValue());
                break;
            case FLOAT:
                out.writeNumber(node.floatValue());
                break;
            case DOUBLE:
                out.writeNumber(node.doubleValue());
                break;
            default:
                out.writeNumber(node.decimalValue());
                break;
        }
    }

    /** A stream into a byte buffer that stops with {@link Full} rather than overflow it. */
    private static final class BufferOutput extends OutputStream {
        /** Thrown, without a stack trace, when the buffer is full: a control-flow signal for {@link #write(JsonNode, ByteBuffer)}. */
        static final class Full extends RuntimeException {
            Full() {
                super("the answer does not fit the buffer", null, false, false);
            }
        }

        private final ByteBuffer target;

        BufferOutput(ByteBuffer target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (!target.hasRemaining()) {
                throw new Full();
            }
            target.put((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (target.remaining() < length) {
                throw new Full();
            }
            target.put(bytes, offset, length);
        }
    }
}
