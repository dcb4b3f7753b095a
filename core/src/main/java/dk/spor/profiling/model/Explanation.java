package dk.spor.profiling.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a profile came out as it did, in words the employee can read: a one-line summary and the
 * answers that weighed most for the leading type, then for the second type. Empty reasons when
 * the profile is unclassified — the summary then says why.
 */
public record Explanation(String summaryDa, String summaryEn, List<Reason> reasons) {

    public Explanation {
        Objects.requireNonNull(summaryDa, "summaryDa");
        Objects.requireNonNull(summaryEn, "summaryEn");
        reasons = List.copyOf(reasons);
    }

    public List<Reason> reasonsFor(AttitudeType type) {
        return reasons.stream().filter(reason -> reason.type() == type).toList();
    }
}
