package dk.spor.security.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A session that was signed out: its token's id, kept until the token would have run out anyway. */
@MappedEntity("ended_session")
public record EndedSessionRow(@Id String jti, Instant endsAt) {
}
