package dk.spor.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After signing in, a person is sent back only to a page of Spor, never to another site. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/mine-maal", "/forloeb/3f1c?fane=moduler&x=1", "/s%C3%B8g?q=%C3%A6"})
    void a_path_on_this_server_is_kept(String path) {
        assertEquals(path, ReturnPath.orHome(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "mine-maal", "/ok\r\nSet-Cookie: x=1", "/ok\nx", " /", ""})
    void anything_else_goes_to_the_front_page(String wanted) {
        assertEquals("/", ReturnPath.orHome(wanted));
    }
}
