package dk.spor.profiling.model;

/** One thing wrong with what a person sent, named by the field it is in, for the person to fix. */
public record FieldProblem(String field, String message) {
}
