package io.briefbot.common;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks endpoints that show the archive's licensed content: they answer requests from this machine (see
 * {@link Loopback#isLocalRequest}), and others only with BRIEFBOT_CONSOLE_PASSWORD (HTTP Basic); never when
 * no password is set.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedContent {
}
