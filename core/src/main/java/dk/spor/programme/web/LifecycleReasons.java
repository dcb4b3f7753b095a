package dk.spor.programme.web;

import dk.spor.web.page.Reasons;

/** The Danish sentence for each reason a programme's change is refused (Lifecycle, OpenProgrammes, the use cases). */
final class LifecycleReasons {

    static final Reasons REFUSALS = Reasons.of(
            "The programme is already (\\w+)\\.", "hr.prog.refused.already",
            "A completed programme is closed; create a new programme instead\\.", "hr.prog.refused.completedClosed",
            "A completed programme cannot be changed\\.", "hr.prog.refused.completedClosed",
            "Only a planned programme can go back to draft\\.", "hr.prog.refused.draftOnlyFromPlanned",
            "A draft must be planned \\(units, modules and dates\\) before it can run\\.", "hr.prog.refused.draftCannotRun",
            "A postponed programme must be planned again with new dates before it can run\\.",
            "hr.prog.refused.postponedCannotRun",
            "A (\\w+) programme cannot start running\\.", "hr.prog.refused.cannotRun",
            "Only a running or paused programme can be completed\\.", "hr.prog.refused.completeOnlyRunning",
            "A programme that has not started is postponed, not paused\\.", "hr.prog.refused.postponeNotPause",
            "Only a running programme can be paused\\.", "hr.prog.refused.pauseOnlyRunning",
            "A running programme is paused, not postponed\\.", "hr.prog.refused.pauseNotPostpone",
            "Only a planned programme can be postponed\\.", "hr.prog.refused.postponeOnlyPlanned",
            "A paused programme resumes by going back to RUNNING\\.", "hr.prog.refused.resumeByRunning",
            "Only a draft or a postponed programme can be planned\\.", "hr.prog.refused.planOnlyDraft",
            "Add at least one unit before planning: everyone in it takes part\\.", "hr.prog.refused.noUnits",
            "Add at least one training module before planning\\.", "hr.prog.refused.noModules",
            "Every training module needs at least one session with a date before planning\\.",
            "hr.prog.refused.moduleWithoutSessions",
            "A session must end after it starts\\.", "hr.prog.refused.sessionEndsBeforeStart",
            "Unknown unit\\.", "hr.prog.refused.unknownUnit");

    private LifecycleReasons() {
    }
}
