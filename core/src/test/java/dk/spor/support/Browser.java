package dk.spor.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real browser for page tests: Debian's Chromium driven through Selenium, as a person would use Spor, against the
 * real server. One per test class ({@link #start}, {@link #close}). Danish is the browser's language, the window is
 * 1280 px wide, and JavaScript can be switched off to prove a flow works without it.
 *
 * <p>A missing Chromium or chromedriver fails the test with what to install: a browser test never skips silently.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The WCAG 2.1 A and AA rules, as axe-core tags them. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String base;
    private final boolean javascript;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, boolean javascript, Path profile) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.javascript = javascript;
        this.profile = profile;
    }

    /** A browser with JavaScript on, against the server at {@code base} (e.g. the embedded server's URL). */
    public static Browser start(URI base) {
        return start(base, true);
    }

    public static Browser start(URI base, boolean javascript) {
        requireInstalled(CHROMIUM, CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("spor-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // --no-sandbox: the tests run as root; the background-networking flags keep Chromium from calling out to
            // the internet, which a build machine without internet access refuses
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-default-apps", "--disable-extensions",
                    "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
            options.setExperimentalOption("prefs", Map.of(
                    "intl.accept_languages", "da",
                    "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, base.toString(), javascript, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails, saying what to install, unless every one of these programs is there. */
    static void requireInstalled(Path... programs) {
        for (Path needed : programs) {
            if (!Files.isExecutable(needed)) {
                fail("The page tests drive a real browser, and " + needed + " is missing: install Debian's Chromium"
                        + " with `apt-get install chromium chromium-driver` (.ci/run does so).");
            }
        }
    }

    /** Opens a page of Spor, e.g. {@code open("/")}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The path (and query) of the page shown, e.g. {@code /log-ind?grund=kraevet&next=%2F}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return text("main");
    }

    /** Types into a field found by its label's {@code for} (the field's id), replacing what was there. */
    public Browser type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * The names of the header's links in their order, also those under another role's button (a group) and those
     * DKFDS shows under its "Mere" menu when the header has no room for them (it hides them in the bar and shows
     * copies in the menu).
     */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector(".navigation-menu .mainmenu > li:not(.more-option) .nav-link"))
                .stream().map(e -> e.getAttribute("textContent").strip()).toList();
    }

    /** Clicks the button or link with exactly this visible text. */
    public Browser click(String visibleText) {
        By says = By.xpath("//button[normalize-space(.)=" + literal(visibleText) + "] | //a[normalize-space(.)="
                + literal(visibleText) + "]");
        List<WebElement> matches = driver.findElements(says);
        if (matches.stream().noneMatch(WebElement::isDisplayed)) {
            // a link the header has no room for is under DKFDS's "Mere" menu, as a person finds it
            driver.findElements(By.cssSelector(".navigation-menu .more-option:not(.d-none) .more-button")).stream()
                    .filter(WebElement::isDisplayed).findFirst().ifPresent(more -> {
                        if (!"true".equals(more.getAttribute("aria-expanded"))) {
                            more.click();
                        }
                    });
            matches = driver.findElements(says);
        }
        if (matches.stream().noneMatch(WebElement::isDisplayed)) {
            // a link of another role's group opens its button first: a click with JavaScript, the pointer over it
            // without (the panel then opens on hover, as nojs.css says)
            for (WebElement group : driver.findElements(By.cssSelector(".header .submenu"))) {
                boolean holds = group.findElements(By.cssSelector(".nav-link")).stream()
                        .anyMatch(l -> visibleText.equals(l.getAttribute("textContent").strip()));
                List<WebElement> buttons = group.findElements(By.cssSelector(".button-overflow-menu, .button-mobile-menu"));
                WebElement button = buttons.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                if (holds && button != null) {
                    if (!"true".equals(button.getAttribute("aria-expanded"))) {
                        button.click();
                    }
                    if (group.findElements(By.cssSelector(".overflow-menu-inner")).stream()
                            .noneMatch(WebElement::isDisplayed)) {
                        new org.openqa.selenium.interactions.Actions(driver).moveToElement(button).perform();
                    }
                    break;
                }
            }
            matches = driver.findElements(says);
        }
        WebElement target = matches.stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No visible button or link says '" + visibleText + "' on "
                        + path()));
        String href = target.getAttribute("href");
        boolean leaves = target.getTagName().equals("button")
                ? !"button".equals(target.getAttribute("type")) && !target.findElements(By.xpath("ancestor::form")).isEmpty()
                : href != null && !href.contains("#");
        if (leaves) {
            return submit(target);
        }
        target.click();
        return this;
    }

    /**
     * Clicks an element that sends a form or follows a link, and waits for the next page, which scripts may delay, to
     * have replaced this one and loaded: elements read afterwards are the next page's.
     */
    public Browser submit(WebElement target) {
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> gone(target));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Chooses a radio button or ticks (or unticks) a check box, found by its field's name and value, by clicking its
     * label as a person would (DKFDS draws the box on the label).
     */
    public Browser choose(String name, String value) {
        WebElement input = driver.findElement(By.xpath("//input[@name=" + literal(name) + " and @value="
                + literal(value) + "]"));
        WebElement label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        try {
            label.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // a short label's middle lies on the box DKFDS draws over the input: the input takes the click
            driver.executeScript("arguments[0].click()", input);
        }
        return this;
    }

    /**
     * Whether the element has left the page. Chromium says so in two ways: a stale element, or (when the next page
     * replaced the document while it was being asked) a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Signs in on the sign-in page as a person would: the page is opened, the fields filled, the button pressed. */
    public Browser signIn(String username, String password) {
        if (!path().startsWith("/log-ind")) {
            open("/log-ind");
        }
        type("username", username);
        type("password", password);
        click("Log ind");
        return this;
    }

    /** The browser's cookie by name, or null. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public void addCookie(Cookie cookie) {
        driver.manage().addCookie(cookie);
    }

    /**
     * Checks the page shown with axe-core for the WCAG 2.1 A and AA rules and fails, listing each violation, unless
     * there are none. Needs JavaScript in the browser: a browser started without it cannot run axe, so those tests
     * check the same pages in a browser with JavaScript.
     */
    public Browser assertNoAccessibilityViolations() {
        if (!javascript) {
            throw new IllegalStateException("axe runs in the page: use a browser with JavaScript for this check");
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("WCAG 2.1 AA violations on " + path() + ":\n" + violations.stream().map(Browser::describe)
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(n -> "    " + n.getTarget() + " " + summary(n)).collect(Collectors.joining("\n"));
    }

    private static String summary(CheckedNode node) {
        return node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
    }

    /** Writes a PNG of the whole page, 1280 px wide, to {@code core/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return screenshot(name, Integer.MAX_VALUE);
    }

    /** The same, of at most the top {@code maxHeight} pixels of the page: a picture small enough for a README. */
    public Path screenshot(String name, int maxHeight) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page, not just the window, through the DevTools protocol (works with JavaScript off too)
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double height = Math.min(maxHeight, Math.max(900, ((Number) size.get("height")).doubleValue()));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
