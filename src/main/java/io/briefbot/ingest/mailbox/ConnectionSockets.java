package io.briefbot.ingest.mailbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;

/**
 * Makes the sockets of one mailbox connection and can close them all from any thread. Closing the socket is the one
 * way to end a read the mail library would otherwise wait on for ever: it ignores read timeouts during an IDLE, and
 * its own close waits for the IDLE to end. For imaps the library wraps these plain sockets in TLS.
 */
final class ConnectionSockets extends SocketFactory {

    private final List<Socket> sockets = new ArrayList<>();
    private boolean closed;

    @Override
    public Socket createSocket() throws IOException {
        return remembered(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    /** Closes every socket made so far and any made from now on, so a connection being opened fails too. */
    void closeAll() {
        List<Socket> open;
        synchronized (sockets) {
            closed = true;
            open = List.copyOf(sockets);
        }
        open.forEach(ConnectionSockets::closeQuietly);
    }

    private Socket remembered(Socket socket) throws IOException {
        synchronized (sockets) {
            if (!closed) {
                // the library may open a connection again now and then over the days one reader runs
                sockets.removeIf(Socket::isClosed);
                sockets.add(socket);
                return socket;
            }
        }
        closeQuietly(socket);
        throw new IOException("The mailbox connection was closed while it was being opened");
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        if (local != null) {
            socket.bind(local);
        }
        socket.connect(remote);
        return socket;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
