package dk.spor.security.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which person a provider's user is, from the people in Spor's organisation that have the matched value: exactly one
 * who still works here is the person; only people who left is {@link Refusal#LEFT}; none is {@link Refusal#UNKNOWN};
 * two or more who work here is {@link Refusal#AMBIGUOUS} (Spor never guesses between people).
 */
public final class PersonMatch {

    /** A person with the value, and whether they still work here. */
    public record Candidate(UUID personId, boolean active) {
    }

    /** The person, or why there is none. */
    public record Result(Optional<UUID> person, Optional<Refusal> refusal) {
        static Result of(UUID person) {
            return new Result(Optional.of(person), Optional.empty());
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }
    }

    private PersonMatch() {
    }

    public static Result among(List<Candidate> candidates) {
        List<Candidate> active = candidates.stream().filter(Candidate::active).toList();
        if (active.size() == 1) {
            return Result.of(active.get(0).personId());
        }
        if (active.size() > 1) {
            return Result.refused(Refusal.AMBIGUOUS);
        }
        return Result.refused(candidates.isEmpty() ? Refusal.UNKNOWN : Refusal.LEFT);
    }
}
