package dk.spor.leadership.model;

import java.time.LocalDate;

/**
 * When an open question is overdue: it is unanswered and its due date has passed. "Today" is the municipality's day,
 * not the database server's: just after midnight in Copenhagen it is still yesterday in UTC.
 */
public final class Overdue {

    private Overdue() {
    }

    /** @param dueDate the day it should be answered by, or null for no deadline */
    public static boolean of(LocalDate dueDate, boolean answered, LocalDate today) {
        return !answered && dueDate != null && dueDate.isBefore(today);
    }
}
