package dk.spor.site;

import dk.spor.security.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a page in the navigation. Written on the page controller's {@code @Get} method, so a link exists exactly when
 * its page does: a later page registers itself by carrying this annotation, nothing else changes.
 *
 * <pre>
 * &#64;Get("/mine-maal")
 * &#64;NavigationEntry(label = "nav.myGoals", order = 50, roles = Role.EMPLOYEE)
 * public HttpResponse&lt;?&gt; myGoals(...)
 * </pre>
 *
 * The entries of the roles a person holds are shown in {@link #order}; one held by several of their roles once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NavigationEntry {

    /** The message key of the link's text, e.g. {@code nav.home}. */
    String label();

    /** Place in the navigation: lower first. Employee pages 10–90, manager 100–190, representative 200–290, HR 300–390. */
    int order();

    /** Who sees the link; none named means everyone signed in. */
    Role[] roles() default {};
}
