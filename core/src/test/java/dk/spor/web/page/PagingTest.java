package dk.spor.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A long list a page at a time: the page asked for, kept inside the pages there are. */
class PagingTest {

    @ParameterizedTest(name = "{0} rows, {1} a page, asked for \"{2}\": page {3} of {4}, rows {5} to {6}")
    @CsvSource(nullValues = "null", value = {
            "0,   50, null, 1, 1,   0,   0",
            "49,  50, null, 1, 1,   0,  49",
            "50,  50, 2,    1, 1,   0,  50",
            "51,  50, 2,    2, 2,  50,  51",
            "700, 50, 3,    3, 14, 100, 150",
            "700, 50, 14,   14, 14, 650, 700",
            "700, 50, 99,   14, 14, 650, 700",
            "700, 50, 0,    1, 14,  0,  50",
            "700, 50, -3,   1, 14,  0,  50",
            "700, 50, ' 2 ', 2, 14, 50, 100",
            "700, 50, to,   1, 14,  0,  50",
            "700, 50, 99999999999, 1, 14, 0, 50"})
    void a_page_is_what_the_address_asks_for_within_the_pages_there_are(int total, int perPage, String requested,
                                                                       int page, int pages, int from, int to) {
        assertEquals(new Paging(page, pages, from, to), Paging.of(total, perPage, requested));
    }
}
