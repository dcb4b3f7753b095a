package dk.spor.leadership.model;

/** The four leadership dilemmas of the leadership track, as reflection material for managers. */
public enum Dilemma implements ReflectionMaterial {
    DIRECTION_AS_NOVICE(
            new Wording("At sætte retning og samtidig være novice", "Setting direction while being a novice yourself"),
            new Wording("Hvordan viser du retning, når du selv er ny med AI? Hvad siger du højt om det, du endnu ikke ved?",
                    "How do you set direction while you are new to AI yourself? What do you say out loud about what you"
                            + " do not know yet?")),
    HOLD_AND_LET_GO(
            new Wording("At holde fast og give slip", "Holding firm and letting go"),
            new Wording("Hvad står fast i rammen, og hvor giver du dine medarbejdere frihed til selv at finde vejen?",
                    "What is fixed in the frame, and where do you give your staff room to find their own way?")),
    POSSIBILITIES_AND_LIMITS(
            new Wording("At se muligheder og kommunikere begrænsninger", "Seeing possibilities and communicating limits"),
            new Wording("Hvordan taler du om det, AI kan, uden at love for meget – og om grænserne uden at lukke ned?",
                    "How do you speak of what AI can do without promising too much, and of its limits without closing"
                            + " the door?")),
    GAINS_AND_COMPLIANCE(
            new Wording("At jagte gevinster og sikre compliance", "Chasing gains and ensuring compliance"),
            new Wording("Hvor presser du på for gevinster, og hvor sikrer du, at GDPR, sikkerhed og god forvaltning"
                    + " kommer først?", "Where do you push for gains, and where do you make sure GDPR, security and good"
                    + " administration come first?"));

    private final Wording title;
    private final Wording question;

    Dilemma(Wording title, Wording question) {
        this.title = title;
        this.question = question;
    }

    @Override
    public Wording title() {
        return title;
    }

    @Override
    public Wording question() {
        return question;
    }
}
