package dk.spor.profiling.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores one employee's answers to an attitude instrument into a {@link Profile}.
 *
 * <p>Per attitude type, the score is the mean of the answered items on the 1–5 scale, a reverse
 * item counting as {@code 6 - answer}; "don't know" and missing items are left out, never counted
 * as zero. The thresholds below decide when the answers support a type at all. They are part of
 * what an instrument version means: changing them changes how old answers score, so do it only
 * together with a new instrument version.
 *
 * <p>Pure and deterministic: no I/O, no clock, and the instrument's item order — never the order
 * of the answer map — decides every tie.
 */
public final class ProfileScorer {

    /**
     * A type needs at least this many answered items to get a score. One answer alone is too thin to
     * describe a mindset; two is half of the four items per type in version 1.
     */
    public static final int MIN_ANSWERED_ITEMS_PER_TYPE = 2;

    /**
     * At least this many types must have a score. A profile compares types; with two or fewer known
     * there is too little to compare, and the missing types might be the person's own.
     */
    public static final int MIN_KNOWN_TYPES = 3;

    /**
     * The leading type's mean must reach this. 3 is "neither agree nor disagree"; half a scale step
     * above it means the person on balance agrees with the type's statements. Below it, the highest
     * type is only the least disagreed with, which is no reason to name a type.
     */
    public static final double AGREEMENT_THRESHOLD = 3.5;

    /**
     * Another type within this distance of the leading one (and itself above the agreement threshold)
     * is named as the second type: half a scale step is less than one item's worth of difference, so
     * the answers do not separate the two.
     */
    public static final double SECOND_TYPE_MARGIN = 0.5;

    /**
     * The leading type must be at least this far above the lowest known type. Less means the person
     * answered all types alike — often agreeing with everything — which says nothing about type.
     */
    public static final double MIN_SPREAD = 1.0;

    /** An item score from this value up (agree or strongly agree, after reversing) counts as a reason for its type. */
    public static final int SUPPORTING_ITEM_SCORE = 4;

    /** Enough reasons to be explainable without burying the employee in their own answers. */
    public static final int MAX_REASONS_PER_TYPE = 3;

    private static final int REVERSE_BASE = Answer.SCALE_MIN + Answer.SCALE_MAX;

    /** Means are fractions of 2, 3 or 4; this keeps a mean of exactly 3.5 from missing 3.5 by rounding. */
    private static final double EPSILON = 1e-9;

    private ProfileScorer() {
    }

    /**
     * @param instrument the instrument version the answers were given to
     * @param answers    answers by item key; items left out count as unanswered
     * @throws IllegalArgumentException if an answer names an item the instrument does not have
     */
    public static Profile score(Instrument instrument, Map<String, Answer> answers) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(answers, "answers");
        checkKeys(instrument, answers);

        List<DimensionScore> scores = new ArrayList<>();
        for (AttitudeType type : AttitudeType.values()) {
            scores.add(scoreOf(type, instrument.itemsOf(type), answers));
        }

        List<DimensionScore> ranked = scores.stream()
                .filter(score -> !score.unknown())
                // stable sort over AttitudeType order: equal means keep the declared order of the types
                .sorted(Comparator.comparingDouble((DimensionScore score) -> score.mean().getAsDouble()).reversed())
                .toList();

        ClassificationStatus status = classify(ranked);
        if (!status.classified()) {
            return new Profile(instrument.version(), status, Optional.empty(), Optional.empty(), scores,
                    new Explanation(status.summaryDa(), status.summaryEn(), List.of()));
        }
        AttitudeType leading = ranked.get(0).type();
        Optional<AttitudeType> second = ranked.size() > 1 && isClose(ranked.get(0), ranked.get(1))
                ? Optional.of(ranked.get(1).type())
                : Optional.empty();
        return new Profile(instrument.version(), status, Optional.of(leading), second, scores,
                explain(instrument, answers, leading, second));
    }

    private static void checkKeys(Instrument instrument, Map<String, Answer> answers) {
        // sorted so that the error names the same key every time
        answers.keySet().stream()
                .map(key -> Objects.requireNonNull(key, "answer key"))
                .sorted()
                .filter(key -> instrument.item(key).isEmpty())
                .findFirst()
                .ifPresent(key -> {
                    throw new IllegalArgumentException(
                            "unknown item key '" + key + "' for attitude instrument version " + instrument.version());
                });
        answers.forEach((key, answer) -> Objects.requireNonNull(answer, () -> "answer to item " + key));
    }

    private static DimensionScore scoreOf(AttitudeType type, List<Item> items, Map<String, Answer> answers) {
        int answered = 0;
        int sum = 0;
        for (Item item : items) {
            Optional<Integer> itemScore = itemScore(item, answers.get(item.key()));
            if (itemScore.isPresent()) {
                answered++;
                sum += itemScore.get();
            }
        }
        OptionalDouble mean = answered >= MIN_ANSWERED_ITEMS_PER_TYPE
                ? OptionalDouble.of((double) sum / answered)
                : OptionalDouble.empty();
        return new DimensionScore(type, mean, answered, items.size());
    }

    private static Optional<Integer> itemScore(Item item, Answer answer) {
        if (answer == null || answer.value().isEmpty()) {
            return Optional.empty();
        }
        int agreement = answer.value().getAsInt();
        return Optional.of(item.reverse() ? REVERSE_BASE - agreement : agreement);
    }

    private static ClassificationStatus classify(List<DimensionScore> ranked) {
        if (ranked.size() < MIN_KNOWN_TYPES) {
            return ClassificationStatus.TOO_FEW_ANSWERS;
        }
        DimensionScore top = ranked.get(0);
        if (!agrees(top)) {
            return ClassificationStatus.NO_CLEAR_AGREEMENT;
        }
        double lowest = ranked.get(ranked.size() - 1).mean().getAsDouble();
        if (top.mean().getAsDouble() - lowest < MIN_SPREAD - EPSILON) {
            return ClassificationStatus.FLAT;
        }
        if (ranked.size() > 2 && isClose(top, ranked.get(2))) {
            // a leading and a second type are a profile; three at once are not
            return ClassificationStatus.CONTRADICTORY;
        }
        return ClassificationStatus.CLASSIFIED;
    }

    private static boolean agrees(DimensionScore score) {
        return score.mean().getAsDouble() >= AGREEMENT_THRESHOLD - EPSILON;
    }

    private static boolean isClose(DimensionScore top, DimensionScore other) {
        return agrees(other) && top.mean().getAsDouble() - other.mean().getAsDouble() <= SECOND_TYPE_MARGIN + EPSILON;
    }

    private static Explanation explain(Instrument instrument, Map<String, Answer> answers,
                                       AttitudeType leading, Optional<AttitudeType> second) {
        List<Reason> reasons = new ArrayList<>(reasonsFor(instrument, answers, leading));
        second.ifPresent(type -> reasons.addAll(reasonsFor(instrument, answers, type)));
        String summaryDa = "Dine svar peger mest mod " + leading.nameDa()
                + second.map(type -> " og næsten lige så meget mod " + type.nameDa()).orElse("") + ".";
        String summaryEn = "Your answers point most to " + leading.nameEn()
                + second.map(type -> ", and almost as much to " + type.nameEn()).orElse("") + ".";
        return new Explanation(summaryDa, summaryEn, reasons);
    }

    private static List<Reason> reasonsFor(Instrument instrument, Map<String, Answer> answers, AttitudeType type) {
        record Weighed(Item item, int position, int agreement, int score) {
        }
        List<Item> items = instrument.items();
        List<Weighed> weighed = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            Item item = items.get(position);
            if (item.dimension() != type) {
                continue;
            }
            Answer answer = answers.get(item.key());
            Optional<Integer> score = itemScore(item, answer);
            if (score.isPresent() && score.get() >= SUPPORTING_ITEM_SCORE) {
                weighed.add(new Weighed(item, position, answer.value().getAsInt(), score.get()));
            }
        }
        return weighed.stream()
                .sorted(Comparator.comparingInt(Weighed::score).reversed().thenComparingInt(Weighed::position))
                .limit(MAX_REASONS_PER_TYPE)
                .map(w -> Reason.of(w.item(), w.agreement()))
                .toList();
    }
}
