package dk.spor.organisation.application;

import dk.spor.organisation.model.ImportError;
import dk.spor.organisation.persistence.OrganisationImportRow;
import dk.spor.organisation.persistence.OrganisationImports;
import dk.spor.web.Hashes;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What both imports share: refusing a file with bad lines, and logging an import that changed something. */
@Singleton
class OrganisationImportLog {

    private final OrganisationImports imports;

    OrganisationImportLog(OrganisationImports imports) {
        this.imports = imports;
    }

    /** The most reasons one answer gives: a file of a hundred thousand bad lines gets a short answer too. */
    static final int MOST_LINES_NAMED = 100;

    /**
     * All or nothing: any bad line refuses the whole file, giving the first {@value #MOST_LINES_NAMED} reasons by
     * line (never the line's personal data) and saying how many lines need fixing.
     */
    static void refuseIfBad(List<ImportError> errors, String what) {
        if (!errors.isEmpty()) {
            long lines = errors.stream().map(ImportError::line).distinct().count();
            String named = errors.size() > MOST_LINES_NAMED ? " The first " + MOST_LINES_NAMED + " reasons are listed."
                    : "";
            throw Problem.invalid("The " + what + " file was not imported: " + lines
                    + (lines == 1 ? " line needs" : " lines need") + " fixing. Nothing was changed." + named,
                    errors.stream().limit(MOST_LINES_NAMED)
                            .map(e -> Problem.FieldError.line(e.line(), e.reason())).toList());
        }
    }

    void record(String kind, byte[] file, Map<String, Integer> counts, @Nullable UUID actor) {
        String summary = counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        imports.save(new OrganisationImportRow(null, kind, Hashes.sha256Hex(file), summary, actor, null));
    }
}
