package dk.spor.plugin.api;

/**
 * The five attitude types (medarbejdertyper) a survey profiles staff into. A profile tailors offers and
 * helps managers lead; it is never a grade.
 */
public enum AttitudeType {
    /** De bekymrede: fear for job security and of making mistakes; need clear rules and safe rooms. */
    WORRIED,
    /** De mulighedssøgende: curious, already experimenting; need a clear frame and playgrounds. */
    OPPORTUNITY_SEEKING,
    /** De pragmatiske: want tested use cases in approved tools and evidence of real gains. */
    PRAGMATIC,
    /** De kritiske: concerned for citizens, legal certainty and quality; need a value-based conversation. */
    CRITICAL,
    /** De afventende: wait for instructions; need a clear expectation, small steps and peer examples. */
    WAITING
}
