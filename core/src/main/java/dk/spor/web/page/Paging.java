package dk.spor.web.page;

import io.micronaut.core.annotation.Nullable;

/**
 * One page of a long list, as a pure rule: which page an address asks for (anything that is not a page number is the
 * first page, a number past the end is the last), how many pages there are, and which rows the page holds
 * ({@code from} inclusive, {@code to} exclusive, counted from 0). An empty list is one empty page.
 */
public record Paging(int page, int pages, int from, int to) {

    public static Paging of(int total, int perPage, @Nullable String requested) {
        if (perPage < 1) {
            throw new IllegalArgumentException("A page holds at least one row: " + perPage);
        }
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        int page = Math.min(pages, Math.max(1, number(requested)));
        int from = (page - 1) * perPage;
        return new Paging(page, pages, from, Math.min(total, from + perPage));
    }

    private static int number(@Nullable String requested) {
        try {
            return requested == null ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
