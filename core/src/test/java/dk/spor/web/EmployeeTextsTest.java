package dk.spor.web;

import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.knowledge.model.Gain;
import dk.spor.knowledge.model.Horizon;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.participation.application.ReadingWhatIsDue;
import dk.spor.privacy.application.ErasingMyData;
import dk.spor.privacy.web.MyDataPages;
import dk.spor.profiling.application.ReadingSharedProfile;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.profiling.model.SurveyStatus;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.security.PersonalDataReads;
import dk.spor.statistics.model.Change;
import dk.spor.training.model.GoodWork;
import dk.spor.web.page.PageTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The employee pages build some message keys from a value (a goal's state, a survey's status, a dimension of good
 * work, a risk flag of the catalogue): every value has its text in both languages, so no page ever shows a key.
 */
class EmployeeTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : PageTexts.BUNDLES) {
            String file = "/" + name.replace('.', '/') + "_" + language + ".properties";
            try (InputStream in = EmployeeTextsTest.class.getResourceAsStream(file)) {
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static <E> List<String> keys(String prefix, E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(v -> prefix + name.apply(v)).toList();
    }

    private static <E extends Enum<E>> List<String> keys(String prefix, E[] values) {
        return keys(prefix, values, Enum::name);
    }

    @Test
    void every_value_a_page_turns_into_a_text_has_one_in_danish_and_in_english() throws IOException {
        List<String> wanted = new ArrayList<>();
        wanted.addAll(keys("goal.level.", CompetenceLevel.values()));
        wanted.addAll(keys("goal.kind.", FollowUpKind.values()));
        wanted.addAll(keys("change.", Change.values()));
        wanted.addAll(keys("evaluation.dimension.", GoodWork.values()));
        wanted.addAll(keys("evaluation.dimensionHint.", GoodWork.values()));
        wanted.addAll(keys("survey.status.", SurveyStatus.values()));
        wanted.addAll(keys("profile.type.", AttitudeType.values()));
        wanted.addAll(keys("knowledge.kind.", ResourceKind.values()));
        wanted.addAll(keys("knowledge.gain.", Gain.values(), Gain::code));
        wanted.addAll(keys("knowledge.horizon.", Horizon.values(), Horizon::code));
        wanted.addAll(keys("module.delivery.", Delivery.values()));
        wanted.addAll(keys("module.kind.", ModuleKind.values()));
        wanted.addAll(keys("front.due.", ReadingWhatIsDue.Kind.values()));
        wanted.addAll(keys("front.due.action.", ReadingWhatIsDue.Kind.values()));
        wanted.addAll(List.of("access.purpose." + ReadingSharedProfile.PURPOSE_DIALOGUE,
                "access.purpose." + PersonalDataReads.PURPOSE_FOLLOW_UP,
                "access.subject." + PersonalDataReads.LEARNING_GOALS, "access.subject.PROFILE",
                "access.subject." + PersonalDataReads.CALENDAR_ANSWERS,
                "access.purpose." + PersonalDataReads.PURPOSE_DELIVER_ACTION_LEARNING,
                "access.subject." + PersonalDataReads.ATTENDANCE,
                "access.purpose." + PersonalDataReads.PURPOSE_RECORD_ATTENDANCE));
        MyDataPages.ERASES.forEach(e -> wanted.add("mydata.erases." + e));
        ErasingMyData.whatStays().forEach(k -> wanted.add("mydata.kept." + k.what()));
        for (String notice : List.of("survey.notice.gemt", "survey.notice.nejtak", "profile.notice.ny",
                "profile.notice.delt", "profile.notice.ikkedelt", "profile.notice.kommentar", "goal.notice.foreslaaet",
                "goal.notice.enig", "goal.notice.sluppet", "goal.notice.fulgtop", "goal.notice.afsluttet",
                "goal.error.programme", "goal.error.competence", "goal.error.useCaseUnknown", "goal.error.other",
                "calendar.notice.busyTime", "mydata.notice.read", "knowledge.notice.thanks")) {
            wanted.add(notice);
        }
        // the catalogue's risk flags, as the reference data holds them
        try (Stream<String> lines = Files.lines(Path.of("../migrations/src/main/resources/db/data/use-cases.csv"))) {
            lines.skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1).strip()).filter(f -> !f.isEmpty())
                    .flatMap(f -> Arrays.stream(f.split(";"))).distinct().forEach(flag -> {
                        wanted.add("knowledge.risk." + flag);
                        wanted.add("knowledge.riskExplained." + flag);
                    });
        }
        for (String language : new String[]{"da", "en"}) {
            Set<String> known = bundle(language).stringPropertyNames();
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(known);
            assertEquals(Set.of(), missing, "missing in " + language);
        }
    }
}
