package dk.spor.knowledge.persistence;

/** The library's and the catalogue's Danish full-text search, said once for every query that searches. */
final class DanishSearch {

    /**
     * The query for the {@code :text} parameter, read as Danish web-search syntax ("quoted phrases", or, -not) whose
     * every stem also matches longer words: the Danish stemmer gives "sagsbehandler" the stem "sagsbehandl" but keeps
     * "sagsbehandling" whole, and a Dane searching one expects the other. The stems are re-read with the 'simple'
     * configuration so they are not stemmed twice. Blank text gives an empty query ({@code numnode = 0}).
     */
    static final String PREFIX_QUERY = "to_tsquery('simple', regexp_replace("
            + "cast(websearch_to_tsquery('danish', :text) as text), '''([^'']+)''', '''\\1'':*', 'g'))";

    private DanishSearch() {
    }
}
