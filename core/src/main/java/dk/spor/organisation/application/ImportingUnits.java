package dk.spor.organisation.application;

import dk.spor.organisation.model.UnitChanges;
import dk.spor.organisation.model.UnitFile;
import dk.spor.organisation.persistence.ImportedUnits;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.Charset;
import java.util.UUID;

/**
 * HR imports the units file. All or nothing: a file with any bad row changes nothing and the answer names every bad
 * line. A dry run only reports; the same file twice changes nothing the second time.
 */
@Singleton
public class ImportingUnits {

    private final ImportedUnits units;
    private final OrganisationImportLog log;

    ImportingUnits(ImportedUnits units, OrganisationImportLog log) {
        this.units = units;
        this.log = log;
    }

    @Transactional
    public ImportReport importUnits(byte[] file, Charset charset, boolean dryRun, @Nullable UUID actor) {
        UnitFile.Result result = UnitFile.read(file, charset);
        OrganisationImportLog.refuseIfBad(result.errors(), "units");
        UnitChanges changes = UnitChanges.between(units.existing(), result.units());
        ImportReport report = new ImportReport(!dryRun, changes.counts());
        if (dryRun || report.changedNothing()) {
            return new ImportReport(false, changes.counts());
        }
        units.write(result.units());
        units.close(changes.toClose());
        units.analyze();
        log.record("UNITS", file, changes.counts(), actor);
        return report;
    }
}
