package io.briefbot.testing;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A POST that announces a body of some length and sends only its head: a server that refuses the size answers at
 * once, one that does not waits for the body (and the read times out). Sending a body a server has already
 * refused would race its closing of the connection.
 */
public final class AnnouncedBody {

    private AnnouncedBody() {
    }

    /** The status line the Quarkus test server answers with. */
    public static String statusLine(String path, long contentLength, String... headers) throws IOException {
        return statusLine(RestAssured.port, path, contentLength, headers);
    }

    /** The status line the server on {@code port} answers with. */
    public static String statusLine(int port, String path, long contentLength, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Content-Length: ").append(contentLength).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
