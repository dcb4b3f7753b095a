package dk.spor;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.web.router.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Micronaut's router on a thread of its own while the application context starts, instead of on the main
 * thread after it. Making the router is the largest single piece of a restart: every controller's routes, their
 * request matchers and the JSON serializers of every route's bodies, about a quarter of the main thread's time.
 * The main thread made it only when it opened the HTTP server, after the data source, the schema check and the
 * start-up listeners; made as the first of the context's eager beans, it now runs beside them, and the HTTP server
 * finds it ready (README, "Start-up").
 *
 * <p>Nothing is lost if it fails here: a singleton that could not be made is not kept, so the HTTP server makes the
 * router again on the main thread and the start fails there with the reason, as it always did.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RouterAhead {

    private static final Logger LOG = LoggerFactory.getLogger(RouterAhead.class);

    public RouterAhead(BeanProvider<Router> router) {
        Thread thread = new Thread(() -> {
            try {
                router.get();
            } catch (RuntimeException e) {
                LOG.debug("The router could not be made ahead; the HTTP server will make it: {}", e.toString());
            }
        }, "spor-router-ahead");
        // the start does not wait for it: the HTTP server does, when it asks for the router
        thread.setDaemon(true);
        thread.start();
    }
}
