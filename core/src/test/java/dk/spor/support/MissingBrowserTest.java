package dk.spor.support;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page test without a browser fails and says what to install; it never passes by skipping. */
class MissingBrowserTest {

    @Test
    void a_missing_browser_fails_the_test_with_what_to_install() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Browser.requireInstalled(Path.of("/usr/bin/no-such-chromium")));
        assertTrue(failure.getMessage().contains("apt-get install chromium chromium-driver"), failure.getMessage());
    }

    @Test
    void the_browser_these_tests_use_is_installed() {
        assertDoesNotThrow(() -> Browser.requireInstalled(Browser.CHROMIUM, Browser.CHROMEDRIVER));
    }
}
