package dk.spor.training.application;

import dk.spor.statistics.model.Change;
import dk.spor.training.model.GoodWork;

import java.util.Map;

/** A participant's evaluation of a module: a score of 1 to 5, an answer per dimension and, if they like, why. */
public record Evaluation(int overall, Map<GoodWork, Change> dimensions, String why) {
}
