package dk.spor.security.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One read of an employee's individual data by someone else: who (account and role), what, why and when. */
@MappedEntity("personal_data_read")
public record PersonalDataReadRow(@Id @GeneratedValue @Nullable Long id, UUID ownerPersonId, UUID readerAccountId,
                                  String readerRole, String subject, String purpose, Instant readAt) {
}
