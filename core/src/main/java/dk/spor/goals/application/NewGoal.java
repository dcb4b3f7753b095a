package dk.spor.goals.application;

import dk.spor.goals.model.CompetenceLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal as proposed; {@code competence}, {@code targetLevel}, {@code afterModule} and {@code dueDate} may be null. */
public record NewGoal(UUID programmeId, String text, List<String> useCaseIds, String competence,
                      CompetenceLevel targetLevel, Integer afterModule, LocalDate dueDate) {
}
