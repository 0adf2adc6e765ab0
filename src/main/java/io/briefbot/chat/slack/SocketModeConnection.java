package io.briefbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Receives Slack's requests over a Socket Mode websocket (SLACK_APP_TOKEN; Java-WebSocket backend). A failed
 * connect is logged and retried with growing pauses; once connected, the client reconnects by itself.
 */
@ApplicationScoped
public class SocketModeConnection {

    private static final Logger LOG = Logger.getLogger(SocketModeConnection.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final SlackSettings settings;
    private ScheduledExecutorService connector;
    private SocketModeApp connection;
    private Duration nextRetry = FIRST_RETRY;
    private volatile boolean stopped;

    public SocketModeConnection(SlackSettings settings) {
        this.settings = settings;
    }

    void start(App app, ScheduledExecutorService connector) {
        this.connector = connector;
        connector.execute(() -> connect(app));
    }

    synchronized void stop() {
        stopped = true;
        close();
    }

    private synchronized void connect(App app) {
        if (stopped) {
            return;
        }
        try {
            // Opening the client here (apps.connections.open) reports why a connect fails, rather than a null client.
            SocketModeClient client = app.slack().socketMode(settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket);
            connection = new SocketModeApp(client, app);
            connection.startAsync();
            LOG.info("Slack Socket Mode connected");
        } catch (Exception e) {
            // Exception messages here can carry Slack's answer, never the token.
            LOG.warnf("Slack Socket Mode connect failed (%s: %s); retrying in %s", e.getClass().getSimpleName(), e.getMessage(), nextRetry);
            close();
            connector.schedule(() -> connect(app), nextRetry.toMillis(), TimeUnit.MILLISECONDS);
            nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
        }
    }

    private void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (Exception e) {
            LOG.debugf("Closing the Socket Mode connection failed: %s", e.getMessage());
        }
        connection = null;
    }
}
