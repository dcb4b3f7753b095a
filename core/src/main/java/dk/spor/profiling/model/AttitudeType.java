package dk.spor.profiling.model;

/** The five attitude types (medarbejdertyper) that staff meet AI with. Never a grade. */
public enum AttitudeType {
    WORRIED("de bekymrede", "the worried"),
    OPPORTUNITY_SEEKING("de mulighedssøgende", "the opportunity seekers"),
    PRAGMATIC("de pragmatiske", "the pragmatists"),
    CRITICAL("de kritiske", "the critical"),
    WAITING("de afventende", "the waiting");

    private final String nameDa;
    private final String nameEn;

    AttitudeType(String nameDa, String nameEn) {
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    /** The Danish name users see, e.g. "de bekymrede". */
    public String nameDa() {
        return nameDa;
    }

    public String nameEn() {
        return nameEn;
    }
}
