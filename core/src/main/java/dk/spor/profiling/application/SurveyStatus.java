package dk.spor.profiling.application;

/** Where one person's survey stands. Declining is an answer of its own, never the same as "not yet". */
public enum SurveyStatus {
    INVITED, IN_PROGRESS, SUBMITTED, DECLINED
}
