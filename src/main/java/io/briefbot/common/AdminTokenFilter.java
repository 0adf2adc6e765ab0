package io.briefbot.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@AdminOnly
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    // Providers are created during static init, before runtime config exists: look it up per request.
    private final Instance<AdminConfig> configs;

    public AdminTokenFilter(Instance<AdminConfig> configs) {
        this.configs = configs;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AdminConfig config = configs.get();
        if (config.token().isEmpty()) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Admin API disabled",
                    "No admin token is configured; set BRIEFBOT_ADMIN_TOKEN to enable this endpoint."));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            request.abortWith(unauthorized("This endpoint needs an 'Authorization: Bearer <admin token>' header."));
            return;
        }
        if (!ConstantTime.equals(header.substring(BEARER.length()).trim(), config.token().get())) {
            request.abortWith(unauthorized("The bearer token is not the admin token."));
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"briefbot\"").build();
    }
}
