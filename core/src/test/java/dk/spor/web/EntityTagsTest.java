package dk.spor.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** If-None-Match compared weakly (RFC 9110 section 13.1.2), as calendar clients and proxies send it. */
class EntityTagsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "\"abc\"|true",
            "W/\"abc\"|true",
            "w/\"abc\"|true",
            "\"x\", W/\"abc\"|true",
            "*|true",
            "\"abd\"|false",
            "abc|false",
            "''|false",
            "NULL|false"})
    void a_weak_or_listed_tag_matches_the_current_one(String ifNoneMatch, boolean matches) {
        // then
        assertEquals(matches, EntityTags.matches(ifNoneMatch, "\"abc\""));
    }
}
