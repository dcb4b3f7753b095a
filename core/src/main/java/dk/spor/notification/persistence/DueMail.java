package dk.spor.notification.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** A notification whose e-mail is due, with the address it goes to (read now, so a changed address is used). */
@Introspected
public record DueMail(UUID id, String kind, @Nullable String programmeName, String detail, String email, String name,
                      int mailAttempts) {
}
