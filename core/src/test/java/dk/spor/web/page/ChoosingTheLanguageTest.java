package dk.spor.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Danish first; a person's own choice (the cookie) wins over the browser's; English only when asked for. */
class ChoosingTheLanguageTest {

    @ParameterizedTest(name = "cookie ''{0}'', Accept-Language ''{1}'' -> {2}")
    @CsvSource(nullValues = "-", value = {
            "-,  -,                      DA",
            "-,  da,                     DA",
            "-,  en-GB,                  EN",
            "-,  'en-US,en;q=0.9',       EN",
            "-,  'da-DK,da;q=0.9,en;q=0.8', DA",
            "-,  'de-DE,en;q=0.5',       EN",
            "-,  'de-DE,fr;q=0.5',       DA",
            "-,  'nb,da;q=0.7,en;q=0.9', EN",
            "-,  ';;not a header',       DA",
            "en, da,                     EN",
            "da, en,                     DA",
            "xx, en,                     EN",
    })
    void the_language_comes_from_the_cookie_then_the_browser_then_danish(String cookie, String accept, Language expected) {
        assertEquals(expected, Language.of(cookie, accept));
    }
}
