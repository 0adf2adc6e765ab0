package io.briefbot.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Writes every admin request, allowed or refused, to the audit trail. The actor is the name an operator
 * gives in {@code X-Briefbot-Actor}, else "admin"; a refused request is "unauthenticated", and the refused
 * requests from one address within a minute are counted in one row, so that the trail cannot be flooded.
 */
@AdminOnly
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class AuditAdminActions implements ContainerResponseFilter {

    static final String ACTOR_HEADER = "X-Briefbot-Actor";
    private static final Duration REFUSALS_PER_ROW = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(AuditAdminActions.class);
    private static final int MAX_FIELD = 200;
    // the first key of the advisory locks that serialise counting refusals, one lock per address
    private static final int REFUSALS_LOCK = 0x41554454;

    private final Instance<RoutingContext> routing;

    public AuditAdminActions(Instance<RoutingContext> routing) {
        this.routing = routing;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AdminAction action = new AdminAction();
        action.at = Instant.now();
        action.firstAt = action.at;
        action.status = response.getStatus();
        boolean refused = response.getStatus() == 401 || response.getStatus() == 403;
        action.actor = refused ? AdminAction.UNAUTHENTICATED : actor(request);
        action.method = request.getMethod();
        action.path = clip(request.getUriInfo().getPath());
        action.query = clip(request.getUriInfo().getRequestUri().getRawQuery());
        action.remote = remote();
        try {
            QuarkusTransaction.requiringNew().run(() -> record(action, refused));
        } catch (RuntimeException e) {
            // the action itself happened: report the gap in the trail loudly, but do not turn success into failure
            LOG.errorf(e, "Audit trail: could not record %s %s (status %d) by %s", action.method, action.path, action.status, action.actor);
        }
    }

    private static void record(AdminAction action, boolean refused) {
        if (!refused) {
            action.persist();
            return;
        }
        // Replicas and concurrent requests count the same address's refusals into one row.
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, REFUSALS_LOCK).setParameter(2, String.valueOf(action.remote)).getSingleResult();
        AdminAction.refusalsFrom(action.remote, action.at.minus(REFUSALS_PER_ROW))
                .ifPresentOrElse(row -> row.countIn(action), action::persist);
    }

    private static String actor(ContainerRequestContext request) {
        String named = request.getHeaderString(ACTOR_HEADER);
        if (named == null || named.isBlank()) {
            return "admin";
        }
        return "admin:" + clip(named.strip().replaceAll("[^\\p{L}\\p{N}@._ -]", "_"));
    }

    private String remote() {
        try {
            return routing.get().request().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD);
    }
}
