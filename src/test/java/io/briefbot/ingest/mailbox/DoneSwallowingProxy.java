package io.briefbot.ingest.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between the client and a real IMAP server and never passes on the client's DONE: the server stays in its
 * IDLE and never answers, as a server or network that has silently stopped would. Everything else passes unchanged.
 */
final class DoneSwallowingProxy implements AutoCloseable {

    private static final byte[] DONE = "DONE\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listening;
    private final int serverPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger swallowed = new AtomicInteger();

    private DoneSwallowingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("imap-proxy-accept", this::accept);
    }

    static DoneSwallowingProxy to(int serverPort) throws IOException {
        return new DoneSwallowingProxy(serverPort);
    }

    int port() {
        return listening.getLocalPort();
    }

    /** How many DONEs were kept from the server so far. */
    int swallowed() {
        return swallowed.get();
    }

    private void accept() {
        try {
            while (!listening.isClosed()) {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                open.add(client);
                open.add(server);
                daemon("imap-proxy-up", () -> linesWithoutDone(client, server));
                daemon("imap-proxy-down", () -> copy(server, client));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void linesWithoutDone(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int next;
            while ((next = in.read()) >= 0) {
                line.write(next);
                if (next == '\n') {
                    byte[] bytes = line.toByteArray();
                    line.reset();
                    if (Arrays.equals(bytes, DONE)) {
                        swallowed.incrementAndGet();
                    } else {
                        out.write(bytes);
                        out.flush();
                    }
                }
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            closeBoth(from, to);
        }
    }

    private void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side went away
        } finally {
            closeBoth(from, to);
        }
    }

    private static void closeBoth(Socket one, Socket other) {
        closeQuietly(one);
        closeQuietly(other);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listening.close();
        open.forEach(DoneSwallowingProxy::closeQuietly);
    }
}
