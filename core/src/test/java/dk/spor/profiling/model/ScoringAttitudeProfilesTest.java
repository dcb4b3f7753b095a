package dk.spor.profiling.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringAttitudeProfilesTest {

    static final Instrument V1 = loadV1();

    private static Instrument loadV1() {
        try (Reader reader = new InputStreamReader(ScoringAttitudeProfilesTest.class.getClassLoader()
                .getResourceAsStream("db/data/attitude-survey-v1.csv"), StandardCharsets.UTF_8)) {
            List<Item> items = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                items.add(new Item(r.get("key"), AttitudeType.valueOf(r.get("dimension")),
                        Boolean.parseBoolean(r.get("reverse")), r.get("text_da"), r.get("text_en")));
            }
            return new Instrument(1, items);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers that give each item the wanted score after reversing. */
    private static Map<String, Answer> scored(Function<Item, Integer> score) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Item item : V1.items()) {
            Integer s = score.apply(item);
            if (s != null) {
                answers.put(item.key(), Answer.agreement(item.reverse() ? 6 - s : s));
            }
        }
        return answers;
    }

    private static Map<String, Answer> archetype(AttitudeType type) {
        return scored(item -> item.dimension() == type ? 5 : 2);
    }

    @ParameterizedTest
    @EnumSource(AttitudeType.class)
    void archetypal_answers_give_that_type_with_reasons(AttitudeType type) {
        // when
        Profile profile = ProfileScorer.score(V1, archetype(type));
        // then
        assertEquals(ClassificationStatus.CLASSIFIED, profile.status());
        assertEquals(Optional.of(type), profile.leading());
        assertEquals(Optional.empty(), profile.second());
        assertFalse(profile.explanation().reasonsFor(type).isEmpty(), "a profile says which answers led to it");
        assertEquals(1, profile.instrumentVersion());
    }

    static Stream<Arguments> otherAnswerSets() {
        return Stream.of(
                Arguments.of("all don't know", V1.items().stream().collect(LinkedHashMap<String, Answer>::new,
                        (m, i) -> m.put(i.key(), Answer.DONT_KNOW), Map::putAll), ClassificationStatus.TOO_FEW_ANSWERS, null),
                Arguments.of("nothing answered", Map.of(), ClassificationStatus.TOO_FEW_ANSWERS, null),
                Arguments.of("one item per type", scored(i -> i.key().endsWith("1") ? 5 : null),
                        ClassificationStatus.TOO_FEW_ANSWERS, null),
                Arguments.of("neutral everywhere", scored(i -> 3), ClassificationStatus.NO_CLEAR_AGREEMENT, null),
                Arguments.of("agrees with everything", scored(i -> 5), ClassificationStatus.FLAT, null),
                Arguments.of("raw 5 to every statement (reverse items contradict)",
                        V1.items().stream().collect(LinkedHashMap<String, Answer>::new,
                                (m, i) -> m.put(i.key(), Answer.agreement(5)), Map::putAll),
                        ClassificationStatus.CONTRADICTORY, null),
                Arguments.of("worried at the agreement threshold",
                        scored(i -> i.dimension() == AttitudeType.WORRIED ? (i.key().compareTo("W3") < 0 ? 4 : 3) : 2),
                        ClassificationStatus.CLASSIFIED, AttitudeType.WORRIED),
                Arguments.of("worried just below the agreement threshold",
                        scored(i -> i.dimension() == AttitudeType.WORRIED ? (i.key().equals("W1") ? 4 : 3) : 2),
                        ClassificationStatus.NO_CLEAR_AGREEMENT, null),
                Arguments.of("missing items still score", scored(i -> i.dimension() == AttitudeType.PRAGMATIC
                        ? (i.key().equals("P4") ? null : Integer.valueOf(5)) : Integer.valueOf(2)), ClassificationStatus.CLASSIFIED, AttitudeType.PRAGMATIC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherAnswerSets")
    void mixed_missing_and_boundary_answer_sets(String what, Map<String, Answer> answers, ClassificationStatus status,
                                                 AttitudeType leading) {
        Profile profile = ProfileScorer.score(V1, answers);
        assertEquals(status, profile.status(), what);
        assertEquals(Optional.ofNullable(leading), profile.leading(), what);
    }

    @Test
    void two_close_types_give_a_leading_and_a_second_type() {
        // given: worried 5, pragmatic 4.75, the rest 2
        Map<String, Answer> answers = scored(i -> switch (i.dimension()) {
            case WORRIED -> 5;
            case PRAGMATIC -> i.key().equals("P1") ? 4 : 5;
            default -> 2;
        });
        // when
        Profile profile = ProfileScorer.score(V1, answers);
        // then
        assertEquals(Optional.of(AttitudeType.WORRIED), profile.leading());
        assertEquals(Optional.of(AttitudeType.PRAGMATIC), profile.second());
    }

    @Test
    void a_reverse_item_counts_the_other_way() {
        // given: critical items agreed, but K4 (reverse) also agreed strongly
        Map<String, Answer> answers = archetype(AttitudeType.CRITICAL);
        Profile before = ProfileScorer.score(V1, answers);
        answers.put("K4", Answer.agreement(5));
        // when
        Profile after = ProfileScorer.score(V1, answers);
        // then
        assertEquals(5.0, before.score(AttitudeType.CRITICAL).mean().orElseThrow(), 1e-9);
        assertEquals(4.0, after.score(AttitudeType.CRITICAL).mean().orElseThrow(), 1e-9);
    }

    @Test
    void a_dimension_with_too_few_answers_is_unknown_not_zero() {
        Map<String, Answer> answers = archetype(AttitudeType.WORRIED);
        answers.put("A1", Answer.DONT_KNOW);
        answers.put("A2", Answer.DONT_KNOW);
        answers.put("A3", Answer.DONT_KNOW);
        DimensionScore waiting = ProfileScorer.score(V1, answers).score(AttitudeType.WAITING);
        assertTrue(waiting.unknown());
        assertTrue(waiting.mean().isEmpty());
    }

    @Test
    void the_same_answers_always_give_the_same_profile() {
        Map<String, Answer> answers = archetype(AttitudeType.OPPORTUNITY_SEEKING);
        Map<String, Answer> reordered = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(answers.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reordered.put(k, answers.get(k)));
        assertEquals(ProfileScorer.score(V1, answers), ProfileScorer.score(V1, reordered));
    }

    @Test
    void an_unknown_item_key_is_refused_by_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileScorer.score(V1, Map.of("X9", Answer.agreement(3))));
        assertTrue(e.getMessage().contains("X9"));
    }

    @Test
    void answers_outside_the_scale_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Answer.agreement(0));
        assertThrows(IllegalArgumentException.class, () -> Answer.agreement(6));
    }

    @Test
    void reasons_are_written_in_danish_and_english_from_the_items() {
        Profile profile = ProfileScorer.score(V1, archetype(AttitudeType.WORRIED));
        Reason reason = profile.explanation().reasonsFor(AttitudeType.WORRIED).get(0);
        assertTrue(reason.sentenceDa().contains("Kunstig intelligens er en trussel mod min jobsikkerhed"), reason.sentenceDa());
        assertTrue(reason.sentenceEn().contains("AI is a threat to my job security"), reason.sentenceEn());
    }
}
