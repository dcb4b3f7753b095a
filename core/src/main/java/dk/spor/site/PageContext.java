package dk.spor.site;

import dk.spor.security.Viewer;
import dk.spor.web.page.Assets;
import dk.spor.web.page.Language;
import dk.spor.web.page.LanguageSwitch;
import dk.spor.web.page.Texts;
import dk.spor.web.page.WrittenTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.cookie.Cookie;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every page template gets besides its own model, as {@code ctx}: the language and its texts, how to write times,
 * the asset addresses, the CSRF token for its forms, who is signed in and the navigation they see.
 */
public final class PageContext {

    /** Who is signed in, as the header shows them. */
    public record SignedIn(String name, String roles) {
    }

    private final Language language;
    private final Texts texts;
    private final Assets assets;
    private final String path;
    private final String csrfToken;
    private final Cookie newCsrfCookie;
    private final Viewer viewer;
    private final SignedIn signedIn;
    private final List<Menu.Place> navigation;

    PageContext(Language language, Texts texts, Assets assets, String path, @Nullable String csrfToken,
                @Nullable Cookie newCsrfCookie, @Nullable Viewer viewer, @Nullable SignedIn signedIn,
                List<Menu.Place> navigation) {
        this.language = language;
        this.texts = texts;
        this.assets = assets;
        this.path = path;
        this.csrfToken = csrfToken;
        this.newCsrfCookie = newCsrfCookie;
        this.viewer = viewer;
        this.signedIn = signedIn;
        this.navigation = navigation;
    }

    public Language language() {
        return language;
    }

    /** {@code da} or {@code en}, for {@code <html lang>}. */
    public String lang() {
        return language.code();
    }

    /** The texts in the page's language; templates write {@code ${ctx.t().localize("key")}}. */
    public Texts t() {
        return texts;
    }

    /** Of a text Spor holds in both languages (a use case's title, a notification), the one in the page's language. */
    public String pick(String da, String en) {
        return language == Language.DA ? da : en;
    }

    public WrittenTime time() {
        return new WrittenTime(language);
    }

    /** The address of an asset, e.g. {@code asset("dkfds.css")}. */
    public String asset(String entry) {
        return assets.url(entry);
    }

    /** The CSRF token every state-changing form carries as the field {@code csrfToken}. */
    public String csrfToken() {
        return csrfToken == null ? "" : csrfToken;
    }

    /** The person signed in, or null on pages seen without signing in. */
    @Nullable
    public SignedIn signedIn() {
        return signedIn;
    }

    /** The viewer for the page controller's own calls; null when nobody is signed in. */
    @Nullable
    public Viewer viewer() {
        return viewer;
    }

    /** The header's links and groups of links, as {@link Menu#placesFor} places them. */
    public List<Menu.Place> navigation() {
        return navigation;
    }

    /** The other language a person can switch to. */
    public Language otherLanguage() {
        return language == Language.DA ? Language.EN : Language.DA;
    }

    /** The link that switches to a language and comes back to this page. */
    public String switchTo(Language to) {
        return LanguageSwitch.PATH + to.code() + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The address of this page, to come back to after signing in. */
    public String path() {
        return path;
    }

    @Nullable
    Cookie newCsrfCookie() {
        return newCsrfCookie;
    }
}
