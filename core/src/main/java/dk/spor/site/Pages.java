package dk.spor.site;

import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import dk.spor.web.page.Assets;
import dk.spor.web.page.Language;
import dk.spor.web.page.PageTexts;
import dk.spor.web.page.Texts;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What page controllers share: {@link #context} reads who is asking, their language and their CSRF token;
 * {@link #render} answers a template with that context ({@code ctx}) and the page's own {@code model}.
 *
 * <pre>
 * PageContext ctx = pages.context(request);
 * return pages.render(ctx, "home/front", new FrontPage(...));
 * </pre>
 */
@Singleton
public class Pages {

    /** Roles in the order the header names them: what someone mostly is first. */
    private static final List<Role> ROLE_ORDER = List.of(Role.EMPLOYEE, Role.SUPPORT_PERSON, Role.MANAGER,
            Role.REPRESENTATIVE, Role.HR);

    private final PageTexts texts;
    private final Assets assets;
    private final Navigation navigation;
    private final Viewers viewers;
    private final SignedInNames names;
    private final CsrfConfiguration csrf;
    private final CsrfTokenGenerator<HttpRequest<?>> csrfTokens;
    private final CsrfTokenValidator<HttpRequest<?>> csrfValidator;

    public Pages(PageTexts texts, Assets assets, Navigation navigation, Viewers viewers, SignedInNames names,
                 CsrfConfiguration csrf, CsrfTokenGenerator<HttpRequest<?>> csrfTokens,
                 CsrfTokenValidator<HttpRequest<?>> csrfValidator) {
        this.texts = texts;
        this.assets = assets;
        this.navigation = navigation;
        this.viewers = viewers;
        this.names = names;
        this.csrf = csrf;
        this.csrfTokens = csrfTokens;
        this.csrfValidator = csrfValidator;
    }

    public static Language language(HttpRequest<?> request) {
        return Language.of(request.getCookies().findCookie(Language.COOKIE).map(Cookie::getValue).orElse(null),
                request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Everything a page needs about the request. Reads the signed-in person's roles and name from the database. */
    public PageContext context(HttpRequest<?> request) {
        Language language = language(request);
        Optional<Authentication> authentication = request.getAttribute(SecurityFilter.AUTHENTICATION,
                Authentication.class);
        Viewer viewer = authentication.map(viewers::of).orElse(null);
        PageContext.SignedIn signedIn = viewer == null ? null : signedIn(viewer, authentication.get(), language);
        List<Menu.Place> places = viewer == null ? List.of()
                : navigation.placesFor(viewer.roles(), request.getPath());

        String token = request.getCookies().findCookie(csrf.getCookieName()).map(Cookie::getValue)
                .filter(t -> csrfValidator.validateCsrfToken(request, t)).orElse(null);
        Cookie fresh = null;
        if (token == null) {
            // a first visit, or a token made for an earlier sign-in (tokens are bound to the signed-in session)
            token = csrfTokens.generateCsrfToken(request);
            fresh = Cookie.of(csrf.getCookieName(), token).configure(csrf, request.isSecure());
        }
        return new PageContext(language, texts.in(language), assets, pathWithQuery(request), token, fresh, viewer,
                signedIn, places);
    }

    /**
     * A context that needs no database, for error pages: they can be shown while the database is away, and on the
     * server's own threads.
     */
    public PageContext bareContext(HttpRequest<?> request) {
        Language language = language(request);
        return new PageContext(language, texts.in(language), assets, pathWithQuery(request), null, null, null, null,
                List.of());
    }

    /** After a form has done its work: "303 See Other" to the page that shows the result (POST, redirect, GET). */
    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }

    public MutableHttpResponse<?> render(PageContext ctx, String view, Object model) {
        return render(ctx, HttpStatus.OK, view, model);
    }

    public MutableHttpResponse<?> render(PageContext ctx, HttpStatus status, String view, Object model) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ctx", ctx);
        values.put("model", model);
        MutableHttpResponse<?> response = HttpResponse.status(status).body(new ModelAndView<>(view, values));
        if (ctx.newCsrfCookie() != null) {
            response.cookie(ctx.newCsrfCookie());
        }
        return response;
    }

    private PageContext.SignedIn signedIn(Viewer viewer, Authentication authentication, Language language) {
        Texts t = texts.in(language);
        String name = viewer.person().map(id -> names.nameOf(viewer, id))
                .orElseGet(() -> String.valueOf(authentication.getAttributes().getOrDefault("username",
                        t.text("header.administrator"))));
        String roles = ROLE_ORDER.stream().filter(viewer::is).map(r -> t.text("role." + r.name()))
                .collect(Collectors.joining(", "));
        return new PageContext.SignedIn(name, roles);
    }

    private static String pathWithQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
