package dev.commsim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseParserTest {
    private static final String FIXED = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "content-length: 11\r\n\r\n{\"a\":[1,2]}";
    private static final String CHUNKED = "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\nb;ext=1\r\n, world!!!!\r\n0\r\nX-Trailer: t\r\n\r\n";

    private final ResponseParser parser = new ResponseParser();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(128);

    /** Feeds the bytes in reads of at most {@code piece}, as a connection would; true once complete. */
    private boolean feed(String text, int piece) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        boolean complete = false;
        for (int at = 0; at < bytes.length && !complete; ) {
            int n = Math.min(Math.min(piece, bytes.length - at), buffer.remaining());
            buffer.put(bytes, at, n);
            at += n;
            buffer.flip();
            complete = parser.parse(buffer);
            buffer.compact();
        }
        return complete;
    }

    @Test
    void contentLengthResponseEndsAtItsLastByteWhateverTheReadSizes() throws IOException {
        for (int piece = 1; piece <= FIXED.length(); piece++) {
            parser.reset();
            buffer.clear();
            assertThat(feed(FIXED, piece)).as("pieces of %d", piece).isTrue();
            assertThat(parser.status()).isEqualTo(200);
            assertThat(parser.closeAfter()).isFalse();
            assertThat(buffer.position()).isZero();
        }
        parser.reset();
        buffer.clear();
        assertThat(feed(FIXED.substring(0, FIXED.length() - 1), 7)).isFalse();
    }

    @Test
    void chunkedResponseWithExtensionsAndTrailersEndsAfterItsTrailers() throws IOException {
        for (int piece = 1; piece <= CHUNKED.length(); piece++) {
            parser.reset();
            buffer.clear();
            assertThat(feed(CHUNKED, piece)).as("pieces of %d", piece).isTrue();
            assertThat(parser.status()).isEqualTo(201);
        }
        parser.reset();
        buffer.clear();
        assertThat(feed(CHUNKED.substring(0, CHUNKED.length() - 2), 5)).isFalse();
    }

    @Test
    void bytesAfterAResponseAreLeftForTheNextOne() throws IOException {
        String second = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        buffer.put((FIXED + second.substring(0, 20)).getBytes(StandardCharsets.US_ASCII)).flip();
        assertThat(parser.parse(buffer)).isTrue();
        buffer.compact();
        assertThat(buffer.position()).isEqualTo(20);
        parser.reset();
        assertThat(feed(second.substring(20), 3)).isTrue();
        assertThat(parser.status()).isEqualTo(404);
    }

    @Test
    void connectionCloseAndBodiesEndingAtCloseAreReported() throws IOException {
        assertThat(feed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok", 64)).isTrue();
        assertThat(parser.closeAfter()).isTrue();

        parser.reset();
        buffer.clear();
        assertThat(feed("HTTP/1.0 500 Oops\r\n\r\nsome body", 4)).isFalse();
        assertThat(parser.endOfStream()).isTrue();
        assertThat(parser.status()).isEqualTo(500);
        assertThat(parser.closeAfter()).isTrue();

        parser.reset();
        buffer.clear();
        assertThat(feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", 64)).isFalse();
        assertThat(parser.endOfStream()).as("closed inside a sized body").isFalse();
    }

    @Test
    void noContentHasNoBodyAndGarbageIsAnError() throws IOException {
        assertThat(feed("HTTP/1.1 204 No Content\r\n\r\n", 64)).isTrue();
        parser.reset();
        buffer.clear();
        assertThatThrownBy(() -> feed("SSH-2.0-OpenSSH\r\n", 64)).isInstanceOf(IOException.class);
    }

    @Test
    void aLineLongerThanTheBufferIsAnError() {
        String longHeader = "HTTP/1.1 200 OK\r\nX-Long: " + "x".repeat(200) + "\r\n\r\n";
        assertThatThrownBy(() -> feed(longHeader, 16)).isInstanceOf(IOException.class)
                .hasMessageContaining("longer than");
    }
}
