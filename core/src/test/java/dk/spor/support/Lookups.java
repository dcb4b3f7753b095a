package dk.spor.support;

/** Ids the server gave, found by what a test knows: a unit by its key, a person by their e-mail. */
public final class Lookups {

    private Lookups() {
    }

    /** The id of the unit with this key, e.g. {@code T1}. */
    public static String unit(Api hr, String key) {
        return hr.list("/api/units").stream().filter(u -> key.equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
    }

    /** The id of the person with this e-mail, anywhere below the top unit (key K). */
    public static String person(Api hr, String email) {
        return hr.list("/api/units/" + unit(hr, "K") + "/members").stream().filter(p -> email.equals(p.get("email")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }
}
