package dk.spor.goals.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a goal asks of the manager now. A work list, not a score: it says what to do, never how well anyone does.
 */
public enum Attention {
    AWAITING_YOUR_AGREEMENT, FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE;

    /** A follow-up is due this many days before the due date. */
    public static final int DUE_WINDOW_DAYS = 7;

    /**
     * @param managerAgreed  whether the manager side has agreed
     * @param dueDate        when the goal should be followed up, or null
     * @param lastFollowUp   the day of the latest follow-up, or null
     */
    public static Optional<Attention> of(GoalState state, boolean managerAgreed, LocalDate dueDate,
                                         LocalDate lastFollowUp, LocalDate today) {
        if (state == GoalState.PROPOSED) {
            return managerAgreed ? Optional.empty() : Optional.of(AWAITING_YOUR_AGREEMENT);
        }
        if (state != GoalState.ACTIVE || dueDate == null) {
            return Optional.empty();
        }
        LocalDate windowOpens = dueDate.minusDays(DUE_WINDOW_DAYS);
        if (today.isBefore(windowOpens) || (lastFollowUp != null && !lastFollowUp.isBefore(windowOpens))) {
            return Optional.empty();
        }
        return Optional.of(today.isAfter(dueDate) ? FOLLOW_UP_OVERDUE : FOLLOW_UP_DUE);
    }

    /** The state after one side agrees: active once both have. */
    public static GoalState afterAgreement(GoalState state, boolean employeeAgreed, boolean managerAgreed) {
        if (state == GoalState.PROPOSED && employeeAgreed && managerAgreed) {
            return GoalState.ACTIVE;
        }
        return state;
    }
}
