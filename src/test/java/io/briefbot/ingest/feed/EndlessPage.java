package io.briefbot.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A web server on a random loopback port that answers one GET with an HTML page of {@code size} bytes, without a
 * Content-Length, as fast as the reader takes it, and tells how much of it the reader took before hanging up.
 */
final class EndlessPage implements AutoCloseable {

    private static final byte[] FILLER = "<p>More of the same page.</p>\n".repeat(2048).getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final CompletableFuture<Long> written = new CompletableFuture<>();

    EndlessPage(long size) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> serve(size), "endless-page");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/endless.html";
    }

    /** The bytes of body written before the reader hung up (or all of them). */
    long written() throws Exception {
        return written.get(60, TimeUnit.SECONDS);
    }

    private void serve(long size) {
        long sent = 0;
        try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
            skipRequest(socket.getInputStream());
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            while (sent < size) {
                int length = (int) Math.min(FILLER.length, size - sent);
                out.write(FILLER, 0, length);
                sent += length;
            }
        } catch (IOException hungUp) {
            // the reader stopped reading: what it took is counted
        } finally {
            written.complete(sent);
        }
    }

    private static void skipRequest(InputStream in) throws IOException {
        byte[] last = new byte[4];
        int b;
        while ((b = in.read()) >= 0) {
            System.arraycopy(last, 1, last, 0, 3);
            last[3] = (byte) b;
            if (Arrays.equals(last, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
