package dk.spor.profiling.model;

/** Where one person's survey stands. Declining is an answer of its own, never the same as "not yet". */
public enum SurveyStatus {
    INVITED, IN_PROGRESS, SUBMITTED, DECLINED
}
