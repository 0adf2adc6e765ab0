package io.briefbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A POST whose body is sent with {@code Transfer-Encoding: chunked}, so that no length is announced: chunk
 * after chunk until the server answers, closes the connection or has the whole body, counting what it took.
 */
public final class ChunkedUpload {

    /**
     * What the sender may count as taken beyond what the server's process read: the server's socket receive
     * buffer, which Linux grows to some MB on loopback, and what is in flight when the answer arrives.
     */
    public static final long UNREAD_ALLOWANCE = 8L * 1024 * 1024;

    private static final int CHUNK = 16 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 20_000;
    private static final int CLOSE_TIMEOUT_MILLIS = 5_000;

    /**
     * @param statusLine the answer's first line, or why there is none
     * @param bytesSent  body bytes the server took before it answered or closed the connection
     * @param closed     whether the server closed the connection after its answer
     */
    public record Outcome(String statusLine, long bytesSent, boolean closed) {

        public int status() {
            String[] parts = statusLine.split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        }
    }

    private ChunkedUpload() {
    }

    public static Outcome send(int port, String path, long bodyBytes, String... headers) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // a small send buffer keeps what waits on this side small
            socket.setSendBufferSize(CHUNK);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> statusLine(in));
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            long sent = sendChunks(out, bodyBytes, answer);
            return new Outcome(await(answer), sent, closedAfterAnswer(socket, in));
        }
    }

    /** The body bytes written until the answer came, the server closed the connection, or all were sent. */
    private static long sendChunks(OutputStream out, long bodyBytes, CompletableFuture<String> answer) {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'a');
        byte[] chunkHead = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            while (sent < bodyBytes && !answer.isDone()) {
                out.write(chunkHead);
                out.write(chunk);
                out.write('\r');
                out.write('\n');
                sent += CHUNK;
            }
            if (!answer.isDone()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException closedByServer) {
            // what the server answered before closing, if anything, is still to be read
        }
        return sent;
    }

    /** Reads the rest of the answer: the server closed the connection when the stream ends (or is reset). */
    private static boolean closedAfterAnswer(Socket socket, BufferedReader in) {
        try {
            socket.setSoTimeout(CLOSE_TIMEOUT_MILLIS);
            while (in.read() >= 0) {
                // the answer's headers and body
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String await(CompletableFuture<String> answer) throws InterruptedException {
        try {
            return answer.get(READ_TIMEOUT_MILLIS * 2L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "(no answer: " + e + ")";
        }
    }

    private static String statusLine(BufferedReader in) {
        try {
            String line = in.readLine();
            return line == null ? "(closed without an answer)" : line;
        } catch (IOException e) {
            return "(no answer: " + e.getMessage() + ")";
        }
    }
}
