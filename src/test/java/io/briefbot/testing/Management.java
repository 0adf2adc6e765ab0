package io.briefbot.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** Health and metrics of the Quarkus test server, served on its management interface's port. */
public final class Management {

    private Management() {
    }

    public static String url(String path) {
        return "http://127.0.0.1:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class) + path;
    }
}
