package io.briefbot.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.util.SlackRequestParser;
import io.briefbot.common.BackgroundWorkStarted;
import io.briefbot.common.RunMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The Bolt app, built at start when SLACK_BOT_TOKEN is set. Bolt's default middleware calls auth.test while
 * starting and fails when Slack is unreachable; briefbot gives Bolt its own list instead (ssl_check and
 * signature verification) and calls auth.test in the background, retrying, so that Slack being down never
 * holds up the application.
 */
@ApplicationScoped
public class SlackApp {

    private static final Logger LOG = Logger.getLogger(SlackApp.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);
    // Bolt needs some secret to build its verifier; without SLACK_SIGNING_SECRET no HTTP request reaches it.
    private static final String NO_SIGNING_SECRET = "---";

    private final SlackSettings settings;
    private final SlackSender sender;
    private final SlackHandlers handlers;
    private final SlackIdentity identity;
    private final SocketModeConnection socketMode;
    private final RunMode runMode;
    private final SlackSignature.Verifier verifier;
    private volatile App app;
    private volatile SlackRequestParser parser;
    private volatile ScheduledExecutorService connector;
    private Duration nextRetry = FIRST_RETRY;

    public SlackApp(SlackSettings settings, SlackSender sender, SlackHandlers handlers, SlackIdentity identity,
                    SocketModeConnection socketMode, RunMode runMode) {
        this.settings = settings;
        this.sender = sender;
        this.handlers = handlers;
        this.identity = identity;
        this.socketMode = socketMode;
        this.runMode = runMode;
        this.verifier = new SlackSignatureVerifier(new SlackSignatureGenerator(settings.signingSecret().orElse(NO_SIGNING_SECRET)));
    }

    /** Empty while Slack is off or not yet started. */
    public Optional<App> app() {
        return Optional.ofNullable(app);
    }

    /**
     * Whether a request body carries Slack's signature for this app, made within five minutes of now, checked
     * before anything parses the body. Bolt's middleware checks it again with the same verifier.
     */
    boolean signedBySlack(String timestamp, String signature, String body) {
        return verifier.isValid(timestamp, body, signature);
    }

    /** Bolt's parser for HTTP requests to {@link #app()}, made once: it builds its own Gson. Null until started. */
    SlackRequestParser parser() {
        return parser;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("Slack is off: SLACK_BOT_TOKEN is not set");
            return;
        }
        if (!runMode.isServer()) {
            return;
        }
        App built = new App(appConfig(), middleware());
        handlers.register(built);
        built.start();
        parser = new SlashCommandParser(built.config());
        app = built;
        if (!settings.httpEnabled()) {
            LOG.info("Slack's HTTP endpoint /slack/events is off: SLACK_SIGNING_SECRET is not set");
        }
    }

    void connect(@Observes BackgroundWorkStarted event) {
        App built = app;
        if (built == null) {
            return;
        }
        connector = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "slack-connect");
            thread.setDaemon(true);
            return thread;
        });
        connector.execute(this::learnIdentity);
        if (settings.socketModeEnabled()) {
            socketMode.start(built, connector);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (app == null) {
            return;
        }
        if (connector != null) {
            socketMode.stop();
            connector.shutdownNow();
        }
        app.stop();
    }

    private AppConfig appConfig() {
        return AppConfig.builder()
                .slack(sender.slack())
                .singleTeamBotToken(settings.botToken().orElseThrow())
                .signingSecret(settings.signingSecret().orElse(null))
                // Bolt reads these from the environment by default; briefbot uses neither OAuth nor legacy tokens.
                .verificationToken(null)
                .clientId(null)
                .clientSecret(null)
                // Events without a handler (edits, bot messages, …) are acknowledged, so Slack does not retry them.
                .allEventsApiAutoAckEnabled(true)
                .build();
    }

    private List<Middleware> middleware() {
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SSLCheck(null));
        middleware.add(new RequestVerification(verifier));
        return middleware;
    }

    private void learnIdentity() {
        try {
            var me = identity.learn();
            LOG.infof("Slack connected as %s (user %s, team %s)", me.getUser(), me.getUserId(), me.getTeamId());
        } catch (SlackIdentity.IdentityRefused e) {
            LOG.errorf("Slack refused the bot token (auth.test: %s); check SLACK_BOT_TOKEN. Retrying in %s", e.getMessage(), nextRetry);
            retryLearning();
        } catch (Exception e) {
            LOG.warnf("Slack auth.test failed (%s); retrying in %s", e.getClass().getSimpleName(), nextRetry);
            retryLearning();
        }
    }

    private void retryLearning() {
        connector.schedule(this::learnIdentity, nextRetry.toMillis(), TimeUnit.MILLISECONDS);
        nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
    }
}
