package io.briefbot.delivery;

/** Destinations as the tables store them: no forum topic is '' there, null in a {@link Destination}. */
final class Destinations {

    static final String NO_THREAD = "";

    private Destinations() {
    }

    static Destination of(String platform, String chatId, String threadKey) {
        return new Destination(platform, chatId, threadKey == null || threadKey.isEmpty() ? null : threadKey);
    }

    static String threadKey(Destination destination) {
        return destination.threadId() == null ? NO_THREAD : destination.threadId();
    }
}
