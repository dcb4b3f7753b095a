package dk.spor.training.persistence;

import dk.spor.statistics.model.Change;
import dk.spor.training.model.GoodWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One participant's evaluation of one module: a score of 1 to 5 and an answer per "good work" dimension. */
@MappedEntity("module_evaluation")
public record ModuleEvaluationRow(@Id UUID id, UUID moduleId, @Nullable UUID personId, Instant submittedAt,
                                  int overall,
                                  Change realistic, Change recognised, Change autonomous, Change meaningful,
                                  Change developing, Change healthySafe, String why) {

    public static ModuleEvaluationRow of(UUID id, UUID module, UUID person, Instant at, int overall,
                                         Map<GoodWork, Change> answers, String why) {
        return new ModuleEvaluationRow(id, module, person, at, overall, answers.get(GoodWork.REALISTIC),
                answers.get(GoodWork.RECOGNISED), answers.get(GoodWork.AUTONOMOUS), answers.get(GoodWork.MEANINGFUL),
                answers.get(GoodWork.DEVELOPING), answers.get(GoodWork.HEALTHY_SAFE), why);
    }

    public Map<GoodWork, Change> answers() {
        Map<GoodWork, Change> answers = new EnumMap<>(GoodWork.class);
        answers.put(GoodWork.REALISTIC, realistic);
        answers.put(GoodWork.RECOGNISED, recognised);
        answers.put(GoodWork.AUTONOMOUS, autonomous);
        answers.put(GoodWork.MEANINGFUL, meaningful);
        answers.put(GoodWork.DEVELOPING, developing);
        answers.put(GoodWork.HEALTHY_SAFE, healthySafe);
        return answers;
    }
}
