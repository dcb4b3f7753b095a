package dk.spor.programme.model;

import java.util.Optional;

/**
 * The programme state machine: draft → planned → running → completed, plus paused and postponed. Pure: the caller
 * states the facts, the lifecycle answers with the new state or a rejection that says why.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** What the lifecycle needs to know about the programme. */
    public record Facts(ProgrammeState state, ProgrammeState resumeState, boolean hasUnits, boolean hasModules,
                        boolean everyModuleHasSessions) {
    }

    /** The new state, and where a paused or postponed programme returns to. */
    public record Moved(ProgrammeState state, ProgrammeState resumeState) {
    }

    public record Rejection(String reason) {
        public static Rejection withReason(String reason) {
            return new Rejection(reason);
        }
    }

    public record Outcome(Optional<Moved> moved, Optional<Rejection> rejection) {
        static Outcome to(ProgrammeState state, ProgrammeState resume) {
            return new Outcome(Optional.of(new Moved(state, resume)), Optional.empty());
        }

        static Outcome refused(String reason) {
            return new Outcome(Optional.empty(), Optional.of(Rejection.withReason(reason)));
        }
    }

    public static Outcome transition(Facts facts, ProgrammeState target) {
        ProgrammeState from = facts.state();
        if (from == target) {
            return Outcome.refused("The programme is already " + from + ".");
        }
        if (from == ProgrammeState.COMPLETED) {
            return Outcome.refused("A completed programme is closed; create a new programme instead.");
        }
        return switch (target) {
            case DRAFT -> from == ProgrammeState.PLANNED
                    ? Outcome.to(ProgrammeState.DRAFT, null)
                    : Outcome.refused("Only a planned programme can go back to draft.");
            case PLANNED -> toPlanned(facts);
            case RUNNING -> switch (from) {
                case PLANNED -> Outcome.to(ProgrammeState.RUNNING, null);
                case PAUSED -> Outcome.to(ProgrammeState.RUNNING, null);
                case DRAFT -> Outcome.refused("A draft must be planned (units, modules and dates) before it can run.");
                case POSTPONED -> Outcome.refused("A postponed programme must be planned again with new dates"
                        + " before it can run.");
                default -> Outcome.refused("A " + from + " programme cannot start running.");
            };
            case COMPLETED -> from == ProgrammeState.RUNNING || from == ProgrammeState.PAUSED
                    ? Outcome.to(ProgrammeState.COMPLETED, null)
                    : Outcome.refused("Only a running or paused programme can be completed.");
            case PAUSED -> from == ProgrammeState.RUNNING
                    ? Outcome.to(ProgrammeState.PAUSED, ProgrammeState.RUNNING)
                    : Outcome.refused(from == ProgrammeState.PLANNED
                    ? "A programme that has not started is postponed, not paused."
                    : "Only a running programme can be paused.");
            case POSTPONED -> from == ProgrammeState.PLANNED
                    ? Outcome.to(ProgrammeState.POSTPONED, ProgrammeState.PLANNED)
                    : Outcome.refused(from == ProgrammeState.RUNNING
                    ? "A running programme is paused, not postponed."
                    : "Only a planned programme can be postponed.");
        };
    }

    private static Outcome toPlanned(Facts facts) {
        ProgrammeState from = facts.state();
        if (from != ProgrammeState.DRAFT && from != ProgrammeState.POSTPONED) {
            return Outcome.refused(from == ProgrammeState.PAUSED
                    ? "A paused programme resumes by going back to RUNNING."
                    : "Only a draft or a postponed programme can be planned.");
        }
        if (!facts.hasUnits()) {
            return Outcome.refused("Add at least one unit before planning: everyone in it takes part.");
        }
        if (!facts.hasModules()) {
            return Outcome.refused("Add at least one training module before planning.");
        }
        if (!facts.everyModuleHasSessions()) {
            return Outcome.refused("Every training module needs at least one session with a date before planning.");
        }
        return Outcome.to(ProgrammeState.PLANNED, null);
    }
}
