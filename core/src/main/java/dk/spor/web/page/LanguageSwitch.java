package dk.spor.web.page;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Duration;

/**
 * The language switch in the header: a plain link, so it works without JavaScript. It only sets a preference cookie
 * (no data changes), which is why a link and not a form with a CSRF token is enough.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class LanguageSwitch {

    public static final String PATH = "/sprog/";

    private final boolean secureCookies;

    public LanguageSwitch(@Value("${spor.web.secure-cookies:true}") boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @Get(PATH + "{code}{?next}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> switchTo(String code, @Nullable @QueryValue String next) {
        String back = ReturnPath.orHome(next);
        return Language.ofCode(code)
                .<HttpResponse<?>>map(language -> HttpResponse.status(HttpStatus.SEE_OTHER)
                        .header(HttpHeaders.LOCATION, back)
                        .cookie(Cookie.of(Language.COOKIE, language.code()).path("/").httpOnly(true)
                                .sameSite(SameSite.Lax).secure(secureCookies).maxAge(Duration.ofDays(365))))
                .orElseGet(HttpResponse::notFound);
    }
}
