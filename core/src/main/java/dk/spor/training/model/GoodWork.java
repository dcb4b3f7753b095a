package dk.spor.training.model;

/** The six "good work" dimensions a module is evaluated on; {@link #column()} is where each answer is stored. */
public enum GoodWork {
    REALISTIC("realistic"), RECOGNISED("recognised"), AUTONOMOUS("autonomous"), MEANINGFUL("meaningful"),
    DEVELOPING("developing"), HEALTHY_SAFE("healthy_safe");

    private final String column;

    GoodWork(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
