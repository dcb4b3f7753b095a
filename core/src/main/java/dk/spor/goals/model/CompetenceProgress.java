package dk.spor.goals.model;

import dk.spor.statistics.model.MinimumGroupSize;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Progress on one competence across the goals of a manager's units: counts over goals, never who. Withheld entirely
 * when it covers fewer people than the minimum group size. Pure: the caller brings the facts of each goal.
 */
public final class CompetenceProgress {

    private CompetenceProgress() {
    }

    /**
     * One goal: whose (only to count people), its state, the level it aims at (or null) and the level its latest
     * follow-up stating one says was reached (or null).
     */
    public record GoalFacts(UUID person, GoalState state, CompetenceLevel target, CompetenceLevel latestLevel) {
    }

    /**
     * @param people        distinct people with a goal in the competence
     * @param goals         goals per state: PROPOSED, ACTIVE, DONE
     * @param levelReached  goals per latest level reached
     * @param noLevelYet    goals no follow-up has stated a level for
     * @param withTarget    goals that have a target level
     * @param reachedTarget goals whose latest level reached or passed their target
     */
    public record Counts(int people, Map<GoalState, Integer> goals, Map<CompetenceLevel, Integer> levelReached,
                         int noLevelYet, int withTarget, int reachedTarget) {
    }

    /**
     * The counts as every reader may see them: within each set of counts that make up the goals (per state; per level
     * reached with those not yet at a level; with and without a target; reached and not reached of those with a
     * target), a count of fewer than the minimum is withheld (null), with as many others as keep it from following by
     * subtraction. A goal is one person's, so a count of goals below the minimum is a count of fewer people.
     */
    public record ShownCounts(int people, Map<GoalState, Integer> goals, Map<CompetenceLevel, Integer> levelReached,
                              Integer noLevelYet, Integer withTarget, Integer reachedTarget) {

        public static ShownCounts of(Counts counts, MinimumGroupSize minimum) {
            Map<GoalState, Integer> states = new EnumMap<>(GoalState.class);
            states.putAll(minimum.withhold(counts.goals()));
            Map<Object, Integer> levels = new java.util.LinkedHashMap<>(counts.levelReached());
            levels.put("none", counts.noLevelYet());
            Map<Object, Integer> levelsShown = minimum.withhold(levels);
            Map<CompetenceLevel, Integer> reached = new EnumMap<>(CompetenceLevel.class);
            counts.levelReached().keySet().forEach(level -> reached.put(level, levelsShown.get(level)));
            int goals = counts.goals().values().stream().mapToInt(Integer::intValue).sum();
            Map<Boolean, Integer> target = new java.util.LinkedHashMap<>();
            target.put(true, counts.withTarget());
            target.put(false, goals - counts.withTarget());
            Map<Boolean, Integer> reaching = new java.util.LinkedHashMap<>();
            reaching.put(true, counts.reachedTarget());
            reaching.put(false, counts.withTarget() - counts.reachedTarget());
            return new ShownCounts(counts.people(), Collections.unmodifiableMap(states),
                    Collections.unmodifiableMap(reached), levelsShown.get("none"), minimum.withhold(target).get(true),
                    minimum.withhold(reaching).get(true));
        }
    }

    /** Either the counts or the reason they are withheld. */
    public record Outcome(Optional<Counts> counts, Optional<MinimumGroupSize.Suppression> suppression) {
    }

    /** The states a goal counts in; a dropped goal is no longer pursued and is left out. */
    public static final Set<GoalState> COUNTED = Collections.unmodifiableSet(
            EnumSet.of(GoalState.PROPOSED, GoalState.ACTIVE, GoalState.DONE));

    public static Outcome of(Collection<GoalFacts> goals, MinimumGroupSize minimum) {
        Set<UUID> people = new HashSet<>();
        Map<GoalState, Integer> states = new EnumMap<>(GoalState.class);
        COUNTED.forEach(s -> states.put(s, 0));
        Map<CompetenceLevel, Integer> levels = new EnumMap<>(CompetenceLevel.class);
        for (CompetenceLevel level : CompetenceLevel.values()) {
            levels.put(level, 0);
        }
        int noLevelYet = 0;
        int withTarget = 0;
        int reachedTarget = 0;
        for (GoalFacts goal : goals) {
            if (!COUNTED.contains(goal.state())) {
                continue;
            }
            people.add(goal.person());
            states.merge(goal.state(), 1, Integer::sum);
            if (goal.latestLevel() == null) {
                noLevelYet++;
            } else {
                levels.merge(goal.latestLevel(), 1, Integer::sum);
            }
            if (goal.target() != null) {
                withTarget++;
                if (reachedOrPassed(goal.latestLevel(), goal.target())) {
                    reachedTarget++;
                }
            }
        }
        Optional<MinimumGroupSize.Suppression> suppressed = minimum.check(people.size());
        if (suppressed.isPresent()) {
            return new Outcome(Optional.empty(), suppressed);
        }
        return new Outcome(Optional.of(new Counts(people.size(), Collections.unmodifiableMap(states),
                Collections.unmodifiableMap(levels), noLevelYet, withTarget, reachedTarget)), Optional.empty());
    }

    /** Know of &lt; can &lt; master: reaching "master" also reaches a target of "can". Nothing reached reaches nothing. */
    public static boolean reachedOrPassed(CompetenceLevel reached, CompetenceLevel target) {
        return reached != null && target != null && reached.compareTo(target) >= 0;
    }
}
