package dk.spor.organisation.application;

import dk.spor.organisation.model.EmployeeChangeList;
import dk.spor.organisation.model.EmployeeFile;
import dk.spor.organisation.model.UnitChangeList;
import dk.spor.organisation.model.UnitChanges;
import dk.spor.organisation.model.UnitFile;
import dk.spor.organisation.persistence.ImportedEmployees;
import dk.spor.organisation.persistence.ImportedUnits;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who and which units an import would change, named, for HR's preview page before they confirm. Reads only: the dry
 * run itself (counts and bad lines) is {@link ImportingUnits} and {@link ImportingEmployees} with {@code dryRun}, as
 * the API answers it; this adds the names HR needs to check the file. A file with bad lines lists nothing here.
 */
@Singleton
public class PreviewingImport {

    private final ImportedUnits units;
    private final ImportedEmployees employees;

    PreviewingImport(ImportedUnits units, ImportedEmployees employees) {
        this.units = units;
        this.employees = employees;
    }

    /** {@code unitNames}: the name of every unit key named in the list, open units and the file's own. */
    public record EmployeePreview(EmployeeChangeList changes, Map<String, String> unitNames) {
    }

    @ReadOnly
    public UnitChangeList units(byte[] file, Charset charset) {
        UnitFile.Result result = UnitFile.read(file, charset);
        if (!result.ok()) {
            return new UnitChangeList(List.of(), List.of(), List.of(), List.of());
        }
        return UnitChangeList.between(units.existing(), result.units());
    }

    @ReadOnly
    public EmployeePreview employees(byte[] file, Charset charset) {
        Map<String, UnitChanges.Existing> existingUnits = units.existing();
        EmployeeFile.Result result = EmployeeFile.read(file, charset, units.openIds().keySet());
        Map<String, String> names = existingUnits.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        if (!result.ok()) {
            return new EmployeePreview(new EmployeeChangeList(List.of(), List.of(), List.of(), List.of()), names);
        }
        return new EmployeePreview(EmployeeChangeList.between(employees.existing(), result.employees()), names);
    }
}
