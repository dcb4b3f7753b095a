package dk.spor.tracks;

import dk.spor.support.Api;

import java.util.Map;

/** Small look-ups the track tests share. */
final class TrackFixtures {

    private TrackFixtures() {
    }

    static String unit(Api hr, String key) {
        return hr.list("/api/units").stream().filter(u -> key.equals(u.get("key")))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
    }

    static String person(Api hr, String email) {
        String top = unit(hr, "K");
        return hr.list("/api/units/" + top + "/members").stream().filter(p -> email.equals(p.get("email")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }

    static Map<String, Object> body(Object... pairs) {
        return Api.body(pairs);
    }
}
