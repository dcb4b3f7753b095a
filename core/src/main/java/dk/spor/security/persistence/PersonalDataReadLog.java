package dk.spor.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The log of reads of individual data; entries are only ever added (and go with the person they are about). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonalDataReadLog extends GenericRepository<PersonalDataReadRow, Long> {

    List<PersonalDataReadRow> saveAll(Iterable<PersonalDataReadRow> entries);

    /** Of these owners, those whose data the reader already read on this subject since the instant. */
    List<UUID> findOwnerPersonIdByReaderAccountIdAndSubjectAndReadAtGreaterThanAndOwnerPersonIdIn(
            UUID readerAccountId, String subject, Instant since, Collection<UUID> ownerPersonIds);
}
