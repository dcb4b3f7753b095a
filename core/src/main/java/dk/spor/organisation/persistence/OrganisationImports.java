package dk.spor.organisation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** The log of organisation imports; entries are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationImports extends GenericRepository<OrganisationImportRow, UUID> {

    OrganisationImportRow save(OrganisationImportRow entry);
}
