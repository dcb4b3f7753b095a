package dk.spor.programme.model;

/** The four tracks (fire spor) every programme has. */
public enum Track {
    LEADERSHIP("Spor 1 – ledelse", "Track 1 – leadership"),
    TRAINING("Spor 2 – uddannelsesmoduler", "Track 2 – training modules"),
    ACTION_LEARNING("Spor 3 – aktionslæring", "Track 3 – action learning"),
    KNOWLEDGE("Spor 4 – virtuel viden", "Track 4 – virtual knowledge");

    private final String da;
    private final String en;

    Track(String da, String en) {
        this.da = da;
        this.en = en;
    }

    public String danish() {
        return da;
    }

    public String english() {
        return en;
    }
}
