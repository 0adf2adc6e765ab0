package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server on a random loopback port standing in for a platform's servers: subclasses stub
 * it and say which settings point briefbot at it; tests get it injected into a WireMockServer field.
 */
public abstract class LoopbackWireMock implements QuarkusTestResourceLifecycleManager {

    protected WireMockServer server;

    @Override
    public final Map<String, String> start() {
        server = new WireMockServer(withExtensions(options().bindAddress("127.0.0.1").dynamicPort()));
        server.start();
        return configure();
    }

    /** The server's options, to which subclasses add their WireMock extensions. */
    protected WireMockConfiguration withExtensions(WireMockConfiguration options) {
        return options;
    }

    /** Stubs the started {@link #server} and answers the settings that point briefbot at it. */
    protected abstract Map<String, String> configure();

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
