package dk.spor.security.web;

import dk.spor.security.model.Refusal;
import dk.spor.web.page.ReturnPath;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Around Micronaut's sign-in addresses. The button's {@code /oauth/login/<id>?next=…} remembers where the person
 * wanted to go. Whatever the provider's answer to {@code /oauth/callback/<id>} gives, the cookies that carried this one
 * sign-in (state, nonce, PKCE verifier) are deleted, so the same answer cannot be used again in this browser; and an
 * answer that is not a redirect (a check failed without a reason, the provider could not be reached) becomes the
 * Danish page saying the sign-in failed, never a bare 401 or a stack trace. A button whose provider cannot be reached
 * (its discovery document could not be read when Spor started, and is asked for again at each press) leads to the
 * Danish page saying so; once the provider answers, the button leads to it.
 */
@Filter("/oauth/**")
public class SingleSignOnCallbacks implements HttpServerFilter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SingleSignOnCallbacks.class);

    /** The path of the one-time cookies ({@code micronaut.security.oauth2.*.cookie.cookie-path}). */
    static final String COOKIE_PATH = "/oauth";
    /** Their names, as application.yml sets them. */
    static final List<String> ONE_TIME = List.of("spor-oidc-state", "spor-oidc-nonce", "spor-oidc-pkce",
            SingleSignOnAnswers.NEXT);

    private final boolean secure;
    private final BeanContext beans;
    private final Scheduler blocking;

    public SingleSignOnCallbacks(@Value("${spor.web.secure-cookies:true}") boolean secure, BeanContext beans,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.secure = secure;
        this.beans = beans;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    /** Inside the error pages ({@code PageErrors}), so they see the redirect this makes of a failure. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (path.startsWith(SingleSignOnAnswers.LOGIN)) {
            // a provider that did not answer when Spor started is asked for its discovery document again, off the
            // event loop, where Micronaut's blocking client may wait for it: once it answers, its button works
            return Mono.fromCallable(() -> beans.findBean(OpenIdProviderMetadata.class,
                            Qualifiers.byName(SingleSignOnAnswers.providerOf(request))).isPresent())
                    .subscribeOn(blocking)
                    .onErrorReturn(false)
                    .flatMapMany(found -> chain.proceed(request))
                    .map(response -> {
                        if (response.code() >= 300 && response.code() < 400) {
                            return response;
                        }
                        LOG.warn("A sign-in through {} could not start: the button's address answered {}",
                                SingleSignOnAnswers.providerOf(request), response.code());
                        return unreachable(request);
                    })
                    .onErrorResume(e -> {
                        // the provider's discovery document could not be read, at start or now
                        LOG.warn("A sign-in through {} could not start: {}", SingleSignOnAnswers.providerOf(request),
                                e.toString());
                        return Flux.just(unreachable(request));
                    })
                    .map(response -> {
                        if (response.code() == HttpStatus.SEE_OTHER.getCode()
                                && SingleSignOnAnswers.isRefusedPage(response)) {
                            return response;
                        }
                        ReturnPath.of(request.getParameters().get("next")).ifPresent(next ->
                                response.cookie(Cookie.of(SingleSignOnAnswers.NEXT, next).path(COOKIE_PATH)
                                        .httpOnly(true).secure(secure).sameSite(SameSite.Lax)
                                        .maxAge(Duration.ofMinutes(10))));
                        return response;
                    });
        }
        if (!SingleSignOnAnswers.isCallback(request)) {
            return chain.proceed(request);
        }
        return Flux.from(chain.proceed(request))
                .map(response -> {
                    if (response.code() >= 300 && response.code() < 400) {
                        return response;
                    }
                    LOG.warn("A sign-in through {} failed: the answer to the provider's redirect was {}",
                            SingleSignOnAnswers.providerOf(request), response.code());
                    return failed(request);
                })
                .onErrorResume(e -> {
                    LOG.warn("A sign-in through {} failed: {}", SingleSignOnAnswers.providerOf(request), e.toString());
                    return Flux.just(failed(request));
                })
                .map(answer -> {
                    for (Cookie gone : SingleSignOnAnswers.oneTimeCookiesGone(ONE_TIME)) {
                        answer.cookie(gone);
                    }
                    return answer;
                });
    }

    private static MutableHttpResponse<?> unreachable(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                SingleSignOnAnswers.refusedPage(Refusal.UNREACHABLE, request));
    }

    // a new answer: no cookie set on the way to a failure survives it
    private static MutableHttpResponse<?> failed(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                SingleSignOnAnswers.refusedPage(Refusal.FAILED, request));
    }
}
