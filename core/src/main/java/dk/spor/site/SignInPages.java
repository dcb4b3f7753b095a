package dk.spor.site;

import dk.spor.security.AccountAuthentication;
import dk.spor.security.Accounts;
import dk.spor.security.application.SingleSignOnProviders;
import dk.spor.security.model.Refusal;
import dk.spor.security.web.SignInAddress;
import dk.spor.security.web.SignInHandler;
import dk.spor.security.web.SignInProvider;
import dk.spor.security.web.SigningOut;
import dk.spor.security.web.SingleSignOnAnswers;
import dk.spor.web.page.Form;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.ReturnPath;
import dk.spor.web.page.Texts;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;

/**
 * Signing in and out in the browser. The password is checked by the same {@link AccountAuthentication} as the JSON
 * API's, throttle included, and the session is the same JWT, kept in an {@code HttpOnly} cookie. Single sign-on
 * ({@link SignInProvider}) is a button per provider on the same page; where the operator has switched passwords off
 * ({@code spor.sign-in.passwords: false}) the password form is for the administrator only. A refused single sign-on
 * ends on a page saying why and whom to ask; signing out also ends the provider's session where it can.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignInPages {

    private static final String PATH = SignInAddress.PATH;
    private static final String EXPIRED = SignInAddress.EXPIRED;
    private static final String REQUIRED = SignInAddress.REQUIRED;
    private static final String SIGNED_OUT = SignInAddress.SIGNED_OUT;

    private final Pages pages;
    @SuppressWarnings("rawtypes")
    private final AccountAuthentication accounts;
    private final SignInHandler signIn;
    private final TokenCookieClearerLogoutHandler signOut;
    private final List<SignInProvider> providers;
    private final Accounts accountList;
    private final SingleSignOnAnswers singleSignOn;
    private final SingleSignOnProviders providerSettings;
    private final String help;
    private final SigningOut.Ending ending;

    @SuppressWarnings("rawtypes")
    public SignInPages(Pages pages, AccountAuthentication accounts, SignInHandler signIn,
                       TokenCookieClearerLogoutHandler signOut, List<SignInProvider> providers, Accounts accountList,
                       SingleSignOnAnswers singleSignOn, SingleSignOnProviders providerSettings,
                       @Nullable @Value("${spor.sign-in.help:}") String help, SigningOut.Ending ending) {
        this.pages = pages;
        this.accounts = accounts;
        this.signIn = signIn;
        this.signOut = signOut;
        this.providers = providers.stream().sorted(java.util.Comparator.comparing(SignInProvider::name)).toList();
        this.accountList = accountList;
        this.singleSignOn = singleSignOn;
        this.providerSettings = providerSettings;
        this.help = help == null || help.isBlank() ? null : help.strip();
        this.ending = ending;
    }

    /**
     * The sign-in page's model: the form, where to go afterwards, a sentence saying why it is shown, the providers'
     * buttons, and whether everyone may use a password (otherwise the form is the administrator's).
     */
    public record SignInPage(Form form, String next, @Nullable String notice, @Nullable String problem,
                             List<SignInProvider> providers, boolean passwordsForEveryone) {

        /** The buttons carry where to go afterwards; the front page needs no saying. */
        public String startPath(SignInProvider provider) {
            return next.equals("/") ? provider.startPath()
                    : provider.startPath() + "?next=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Why a single sign-on was refused, the provider's name ({@code null} when the address named none Spor knows),
     * and whom to ask ({@code spor.sign-in.help}; {@code null}: HR).
     */
    public record RefusedPage(Refusal refusal, @Nullable String provider, @Nullable String help) {
    }

    /** Spor's session has ended; the browser goes on to end the provider's session at {@code endSession}. */
    public record SigningOutPage(String endSession) {
    }

    @Serdeable
    public record SignInForm(@Nullable String username, @Nullable String password, @Nullable String next,
                             @Nullable String csrfToken) {
    }

    @Get(PATH + "{?next,grund}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String next,
                                @Nullable @QueryValue String grund) {
        PageContext ctx = pages.context(request);
        if (ctx.viewer() != null && !EXPIRED.equals(grund)) {
            return Pages.seeOther(ReturnPath.orHome(next));
        }
        String notice = switch (grund == null ? "" : grund) {
            case EXPIRED -> "signin.notice.expired";
            case REQUIRED -> "signin.notice.required";
            case SIGNED_OUT -> "signin.notice.signedOut";
            default -> null;
        };
        return pages.render(ctx, "security/signIn", new SignInPage(Form.empty(), ReturnPath.orHome(next), notice,
                null, providers, accounts.passwordsForEveryone()));
    }

    @Get(SingleSignOnAnswers.REFUSED + "{?grund,udbyder}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> refused(HttpRequest<?> request, @Nullable @QueryValue String grund,
                                   @Nullable @QueryValue String udbyder) {
        Refusal refusal = Refusal.ofCode(grund).orElse(Refusal.FAILED);
        String provider = udbyder == null ? null
                : providerSettings.byId(udbyder).map(SingleSignOnProviders.Provider::name).orElse(null);
        return pages.render(pages.context(request), "security/signInRefused", new RefusedPage(refusal, provider, help));
    }

    @Post(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @SuppressWarnings("unchecked")
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        String next = ReturnPath.orHome(body.next());
        String username = body.username() == null ? "" : body.username().strip();
        String password = body.password() == null ? "" : body.password();
        Form form = Form.empty().value("username", username);
        if (username.isEmpty()) {
            form.error("username", t.text("signin.error.usernameMissing"));
        }
        if (password.isEmpty()) {
            form.error("password", t.text("signin.error.passwordMissing"));
        }
        if (form.hasErrors()) {
            return again(ctx, form, next, null);
        }
        if (!accounts.passwordsForEveryone() && !accountList.isAdministrator(username)) {
            form.error("password", t.text("signin.error.passwordsOff"));
            return again(ctx, form, next, null);
        }
        AuthenticationResponse answer;
        try {
            answer = accounts.authenticate(request, new UsernamePasswordCredentials(username, password));
        } catch (AccountAuthentication.Locked locked) {
            return again(ctx, form, next, t.text("signin.error.locked", ctx.time().dateTime(locked.until())));
        }
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            // the same words whether the username exists or not
            form.error("password", t.text("signin.error.wrong"));
            return again(ctx, form, next, null);
        }
        MutableHttpResponse<?> response = signIn.loginSuccess(answer.getAuthentication().get(), request);
        return response.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, next);
    }

    @Post(value = "/log-ud", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        java.util.Optional<String> endSession = singleSignOn.endSession(request);
        // the cookie goes, and so does the token in it: a copy of the cookie no longer signs anyone in
        ending.end(request);
        MutableHttpResponse<?> response = signOut.logout(request).cookie(singleSignOn.providerSessionGone());
        if (endSession.isPresent()) {
            // a page, not a redirect: the page's form may only be sent to Spor (CSP form-action), and a browser
            // applies that to where the answer redirects too; the page goes on to the provider by itself
            MutableHttpResponse<?> page = pages.render(pages.bareContext(request), "security/signingOut",
                    new SigningOutPage(endSession.get()));
            response.getHeaders().getAll(HttpHeaders.SET_COOKIE).forEach(c -> page.getHeaders().add(HttpHeaders.SET_COOKIE, c));
            return page;
        }
        return response.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH + "?grund=" + SIGNED_OUT);
    }

    /** Where the provider sends the person back once its own session has ended too. */
    @Get(SingleSignOnAnswers.SIGNED_OUT)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> signedOutEverywhere() {
        return Pages.seeOther(PATH + "?grund=" + SIGNED_OUT);
    }

    // shown again with 200, as a page: htmx (later) swaps only successful answers into the page
    private HttpResponse<?> again(PageContext ctx, Form form, String next, @Nullable String problem) {
        return pages.render(ctx, "security/signIn", new SignInPage(form, next, null, problem, providers,
                accounts.passwordsForEveryone()));
    }

}
