package io.briefbot.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Guards {@link LicensedContent} endpoints and sends the usual security headers with them. */
@LicensedContent
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LicensedContentFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String BASIC = "Basic ";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Providers are created during static init, before runtime config exists: look it up per request.
    private final Instance<ConsoleConfig> configs;
    private final Instance<RoutingContext> routing;

    public LicensedContentFilter(Instance<ConsoleConfig> configs, Instance<RoutingContext> routing) {
        this.configs = configs;
        this.routing = routing;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (Loopback.isLocalRequest(routing.get().request())) {
            return;
        }
        Optional<String> password = configs.get().password().filter(value -> !value.isEmpty());
        if (password.isEmpty()) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Local only",
                    "This briefbot answers only requests from its own machine, addressed to localhost, 127.0.0.1 or [::1] and not "
                            + "relayed by a proxy; set BRIEFBOT_CONSOLE_PASSWORD to open it to others."));
            return;
        }
        if (!passwordMatches(request.getHeaderString(HttpHeaders.AUTHORIZATION), password.get())) {
            request.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Password needed",
                            "Sign in with the console password (any user name)."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"briefbot\", charset=\"UTF-8\"").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("Cache-Control", "no-store");
    }

    private static boolean passwordMatches(String authorization, String password) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = credentials.indexOf(':');
        return colon >= 0 && ConstantTime.equals(credentials.substring(colon + 1), password);
    }
}
