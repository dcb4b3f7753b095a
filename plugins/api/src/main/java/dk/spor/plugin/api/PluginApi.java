package dk.spor.plugin.api;

import java.time.ZoneId;
import java.util.regex.Pattern;

/** Facts about this API that a host and a plugin both need. */
public final class PluginApi {

    /**
     * The version of this API (semantic versioning, see the package documentation). The host uses it
     * as PF4J's system version, so a plugin's {@code Plugin-Requires} range is checked against it.
     *
     * <p>1.1.0 added defaults to {@link ActionLearningPolicy} (length, participation, support person, days to
     * avoid); plugins built for 1.0.0 keep loading.
     */
    public static final String VERSION = "1.1.0";

    /**
     * The range a plugin built against this API declares in {@code Plugin-Requires}: from this version, because a
     * plugin that leaves a default method out needs a host that has it.
     */
    public static final String COMPATIBLE_RANGE = ">=1.1.0 & <2.0.0";

    /** All times in this API are wall-clock times in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** Ids of sectors, templates, cases and offers: lower-case words joined by hyphens. */
    public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Ids of use cases in the shared catalogue, e.g. {@code 1.1} or {@code 7.10}. */
    public static final Pattern CATALOGUE_USE_CASE_ID = Pattern.compile("[1-9]\\.[1-9][0-9]?");

    private PluginApi() {
    }

    /** Throws if {@code id} is not kebab-case. Returns it otherwise, for use in record constructors. */
    public static String requireKebabCase(String id, String what) {
        if (id == null || !KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be kebab-case, was: " + id);
        }
        return id;
    }
}
