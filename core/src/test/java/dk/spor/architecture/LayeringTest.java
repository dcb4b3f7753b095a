package dk.spor.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering that the folders promise, kept by the build instead of by memory: the calendar engine and the plugin
 * API know no framework, PF4J stays in the plugin host, pure rules stay pure, a capability's storage is its own, and
 * capabilities do not depend on each other in a circle.
 */
class LayeringTest {

    private static final String[] FRAMEWORKS_AND_IO = {"io.micronaut..", "jakarta..", "org.pf4j..", "org.postgresql..",
            "java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "liquibase..", "io.zonky.."};

    private static JavaClasses spor;

    @BeforeAll
    static void importSpor() {
        spor = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dk.spor");
    }

    @Test
    void the_calendar_engine_and_the_plugin_api_import_no_framework_and_no_jdbc() {
        noClasses().that().resideInAnyPackage("dk.spor.calendars..", "dk.spor.plugin.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta.inject..", "java.sql..", "javax.sql..", "org.postgresql..")
                .check(calendarsAndApi());
    }

    @Test
    void only_the_plugin_host_imports_pf4j() {
        noClasses().that().resideOutsideOfPackage("dk.spor.plugins..")
                .should().dependOnClassesThat().resideInAPackage("org.pf4j..")
                .check(spor);
    }

    @Test
    void pure_rules_import_no_framework_no_io_and_no_use_case() {
        noClasses().that().resideInAPackage("dk.spor.*.model..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_IO)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "dk.spor.*.application..", "dk.spor.*.persistence..", "dk.spor.*.web..", "dk.spor.web..",
                        "dk.spor.site..", "dk.spor.database..")
                .check(spor);
    }

    @Test
    void storage_knows_no_use_case_and_no_page() {
        noClasses().that().resideInAPackage("dk.spor.*.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.spor.*.application..", "dk.spor.*.web..")
                .check(spor);
    }

    @Test
    void use_cases_know_no_controller_or_page() {
        noClasses().that().resideInAPackage("dk.spor.*.application..")
                .should().dependOnClassesThat().resideInAPackage("dk.spor.*.web..")
                .check(spor);
    }

    @Test
    void a_capability_reaches_another_only_through_its_application_never_its_storage() {
        classes().that().resideInAPackage("dk.spor..")
                .should(new ArchCondition<>("use no other capability's persistence package") {
                    private final Pattern persistence = Pattern.compile("^dk\\.spor\\.([a-z]+)\\.persistence(\\..*)?$");

                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher m = persistence.matcher(dependency.getTargetClass().getPackageName());
                            if (m.matches() && !origin.getPackageName().startsWith("dk.spor." + m.group(1))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(spor);
    }

    @Test
    void capabilities_form_no_cycle() {
        // the web adapters (controllers and pages) sit on top of every capability and may use several; the
        // capabilities beneath them must not depend on each other in a circle. The ground-floor web (problems, forms,
        // texts) and the page frame (dk.spor.site, above security) are slices like any other
        slices().assignedFrom(new SliceAssignment() {
            private final Pattern capability = Pattern.compile("^dk\\.spor\\.([a-z]+)(\\..*)?$");

            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                Matcher m = capability.matcher(name);
                if (!m.matches() || name.matches("^dk\\.spor\\.[a-z]+\\.web(\\..*)?$")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(m.group(1));
            }

            @Override
            public String getDescription() {
                return "capabilities below their web adapters";
            }
        }).should().beFreeOfCycles().check(spor);
    }

    @Test
    void only_web_adapters_use_the_page_frame() {
        noClasses().that().resideOutsideOfPackages("dk.spor.*.web..", "dk.spor.web.page..", "dk.spor.site..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.spor.web.page..", "dk.spor.site..")
                .check(spor);
    }

    @Test
    void the_ground_floor_web_knows_no_capability() {
        // everything uses it (Problem, Hashes, forms, texts), security and the organisation included: what needs to
        // know who is asking (the page context, the navigation) is the page frame's, above them
        noClasses().that().resideInAPackage("dk.spor.web..")
                .should().dependOnClassesThat(resideInAPackage("dk.spor..")
                        .and(resideOutsideOfPackages("dk.spor.web..", "dk.spor.input.model..")))
                .check(spor);
    }

    @Test
    void the_page_frame_sits_on_security_alone() {
        // every capability's pages use the frame, so it may know only who is asking (security) and the ground floor;
        // the header's name of the person signed in comes from the organisation through SignedInNames
        noClasses().that().resideInAPackage("dk.spor.site..")
                .should().dependOnClassesThat(resideInAPackage("dk.spor..").and(resideOutsideOfPackages(
                        "dk.spor.site..", "dk.spor.security..", "dk.spor.web..", "dk.spor.input.model..")))
                .check(spor);
    }

    private static JavaClasses calendarsAndApi() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.spor.calendars", "dk.spor.plugin.api");
    }
}
