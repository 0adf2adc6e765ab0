package io.briefbot.archive.db;

/** Why the embedded PostgreSQL could not be started; the message is meant for the operator. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
