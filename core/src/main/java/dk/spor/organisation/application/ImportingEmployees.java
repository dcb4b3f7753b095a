package dk.spor.organisation.application;

import dk.spor.organisation.model.EmployeeChanges;
import dk.spor.organisation.model.EmployeeFile;
import dk.spor.organisation.persistence.ImportedEmployees;
import dk.spor.organisation.persistence.ImportedUnits;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.UUID;

/**
 * HR imports the employees file: everyone employed now, so whoever is missing has left. All or nothing, with a dry
 * run, like the units. When people joined, moved or left, {@link OrganisationChanged} is published inside the
 * import's transaction, so programme enrolments follow before anything is committed.
 */
@Singleton
public class ImportingEmployees {

    private final ImportedUnits units;
    private final ImportedEmployees employees;
    private final OrganisationImportLog log;
    private final ApplicationEventPublisher<OrganisationChanged> events;

    ImportingEmployees(ImportedUnits units, ImportedEmployees employees, OrganisationImportLog log,
                       ApplicationEventPublisher<OrganisationChanged> events) {
        this.units = units;
        this.employees = employees;
        this.log = log;
        this.events = events;
    }

    @Transactional
    public ImportReport importEmployees(byte[] file, Charset charset, boolean dryRun, @Nullable UUID actor) {
        Map<String, UUID> openUnits = units.openIds();
        EmployeeFile.Result result = EmployeeFile.read(file, charset, openUnits.keySet());
        OrganisationImportLog.refuseIfBad(result.errors(), "employees");
        EmployeeChanges changes = EmployeeChanges.between(employees.existing(), result.employees());
        ImportReport report = new ImportReport(true, changes.counts());
        if (dryRun || report.changedNothing()) {
            return new ImportReport(false, changes.counts());
        }
        employees.write(result.employees(), openUnits);
        employees.leave(changes.leaving());
        employees.replaceRolesAndManagement(result.employees(), openUnits);
        employees.analyze();
        log.record("EMPLOYEES", file, changes.counts(), actor);
        events.publishEvent(new OrganisationChanged(changes.joined(), changes.moved(), changes.leaving().size()));
        return report;
    }
}
