package dk.spor.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import dk.spor.plugin.api.AttitudeType;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Offer;
import dk.spor.plugin.api.SectorExtension;
import dk.spor.plugin.api.UseCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every loaded sector must contribute, checked as one table over all sectors. */
class SectorContentTest {

    private static InstalledPlugins plugins;
    private static Set<String> catalogueIds;

    @BeforeAll
    static void loadAll() {
        catalogueIds = UseCaseCatalogue.ids();
        plugins = InstalledPlugins.loadAndStart();
    }

    @AfterAll
    static void unloadAll() {
        plugins.close();
    }

    static Stream<Arguments> sectors() {
        List<SectorExtension> sectors = plugins.sectors();
        assertFalse(sectors.isEmpty(), "no sector extensions loaded from " + InstalledPlugins.PLUGINS_DIR);
        return sectors.stream().map(s -> Arguments.of(named(s.id(), s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void a_sector_suggests_at_least_three_modules_with_unique_keys(SectorExtension sector) {
        // when
        List<ModuleTemplate> modules = sector.moduleTemplates();

        // then
        assertTrue(modules.size() >= 3, sector.id() + " has " + modules.size() + " module templates");
        assertUnique(modules.stream().map(ModuleTemplate::key).toList(), sector.id() + " module keys");
        modules.forEach(m -> {
            assertFalse(m.goals().isEmpty(), sector.id() + "/" + m.key() + " has no goals");
            assertFalse(m.outline().isEmpty(), sector.id() + "/" + m.key() + " has no outline");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void a_sector_has_at_least_two_leadership_cases_with_questions(SectorExtension sector) {
        // when
        List<LeadershipCase> cases = sector.leadershipCases();

        // then
        assertTrue(cases.size() >= 2, sector.id() + " has " + cases.size() + " leadership cases");
        assertUnique(cases.stream().map(LeadershipCase::key).toList(), sector.id() + " leadership case keys");
        cases.forEach(c -> assertFalse(c.questions().isEmpty(), sector.id() + "/" + c.key() + " has no questions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void a_sector_offers_something_to_every_attitude_type(SectorExtension sector) {
        // when
        Map<AttitudeType, List<Offer>> offers = sector.offersByAttitude();

        // then
        Set<AttitudeType> without = EnumSet.allOf(AttitudeType.class);
        offers.forEach((type, list) -> {
            if (list != null && !list.isEmpty()) {
                without.remove(type);
            }
        });
        assertEquals(Set.of(), without, sector.id() + " has no offers for these attitude types");
        List<String> keys = new ArrayList<>();
        offers.values().forEach(list -> list.forEach(o -> keys.add(o.key())));
        assertUnique(keys, sector.id() + " offer keys");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void every_recommended_use_case_exists_in_the_shared_catalogue(SectorExtension sector) {
        // when
        List<String> recommended = sector.recommendedUseCaseIds();

        // then
        assertFalse(recommended.isEmpty(), sector.id() + " recommends no use cases");
        assertUnique(recommended, sector.id() + " recommended use cases");
        List<String> unknown = recommended.stream().filter(id -> !catalogueIds.contains(id)).toList();
        assertEquals(List.of(), unknown, sector.id() + " recommends ids not in " + UseCaseCatalogue.CSV);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void own_use_cases_are_prefixed_by_the_sector_id(SectorExtension sector) {
        for (UseCase useCase : sector.ownUseCases()) {
            assertTrue(useCase.id().startsWith(sector.id() + "-"),
                    useCase.id() + " should start with " + sector.id() + "-");
        }
    }

    private static void assertUnique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = keys.stream().filter(k -> !seen.add(k)).toList();
        assertEquals(List.of(), duplicates, what + " are not unique");
    }
}
