package dk.spor.organisation.web;

import dk.spor.organisation.application.Directory;
import dk.spor.organisation.application.ImportReport;
import dk.spor.organisation.application.ImportingEmployees;
import dk.spor.organisation.application.ImportingUnits;
import dk.spor.organisation.model.CsvText;
import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import dk.spor.web.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.UUID;

/** Units, people and the HR imports that keep them up to date. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganisationController {

    private static final MediaType CSV = MediaType.of("text/csv");

    private final ImportingUnits importingUnits;
    private final ImportingEmployees importingEmployees;
    private final Directory directory;
    private final Viewers viewers;
    private final Accounts accounts;

    public OrganisationController(ImportingUnits importingUnits, ImportingEmployees importingEmployees,
                                  Directory directory, Viewers viewers, Accounts accounts) {
        this.importingUnits = importingUnits;
        this.importingEmployees = importingEmployees;
        this.directory = directory;
        this.viewers = viewers;
        this.accounts = accounts;
    }

    @Operation(summary = "Import the units file (HR). All or nothing; dryRun=true only reports what would change.")
    @Post("/organisation/units/import")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Secured(Role.Names.HR)
    public ImportReport importUnits(HttpRequest<?> request, @Body byte[] file,
                                    @Nullable @QueryValue Boolean dryRun, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        return importingUnits.importUnits(file, charset(request), Boolean.TRUE.equals(dryRun), viewer.accountId());
    }

    @Operation(summary = "Import the employees file (HR). Whoever is missing is marked as left.")
    @Post("/organisation/employees/import")
    @Consumes({"text/csv", "text/plain", "application/octet-stream"})
    @Secured(Role.Names.HR)
    public ImportReport importEmployees(HttpRequest<?> request, @Body byte[] file,
                                        @Nullable @QueryValue Boolean dryRun,
                                        Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        return importingEmployees.importEmployees(file, charset(request), Boolean.TRUE.equals(dryRun), viewer.accountId());
    }

    @Operation(summary = "The open units (any signed-in person).")
    @Get("/units")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Directory.UnitView> units() {
        return directory.units();
    }

    @Operation(summary = "Members of a unit and its sub-units (HR, or a manager of the unit).")
    @Get("/units/{id}/members")
    @Secured({Role.Names.HR, Role.Names.MANAGER})
    public List<Directory.PersonView> members(UUID id, Authentication authentication) {
        return directory.members(viewers.of(authentication), id);
    }

    @Operation(summary = "One person (the person, their manager, or HR).")
    @Get("/people/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Directory.PersonView person(UUID id, Authentication authentication) {
        return directory.person(viewers.of(authentication), id);
    }

    /** Who is signed in; name, e-mail and unit are absent for the administrator account, which is no person. */
    @Serdeable
    public record Me(UUID accountId, UUID personId, @Nullable String name, @Nullable String email,
                     @Nullable UUID unitId, @Nullable String unitName, List<Role> roles, List<UUID> managedUnits) {
    }

    @Operation(summary = "Who am I: name, unit, roles and managed units of the signed-in account.")
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Me me(Authentication authentication) {
        Viewer v = viewers.of(authentication);
        Directory.PersonView person = v.personId() == null ? null : directory.person(v, v.personId());
        return new Me(v.accountId(), v.personId(), person == null ? null : person.name(),
                person == null ? null : person.email(), person == null ? null : person.unitId(),
                person == null ? null : person.unitName(),
                v.roles().stream().sorted(java.util.Comparator.comparing(Enum::name)).toList(),
                v.managedUnits().stream().sorted().toList());
    }

    @Serdeable
    public record NewPassword(@NotBlank @Size(min = 10, max = 200) String password) {
    }

    @Serdeable
    public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                                 @NotBlank @Size(min = 10, max = 200) String password) {
    }

    @Operation(summary = "Change your own password: the current one, and the new one (at least 10 characters). Every"
            + " session of the account ends, this one too: sign in again with the new password.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @Put("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> changePassword(@Valid @Body PasswordChange body, Authentication authentication) {
        accounts.changePassword(viewers.of(authentication).accountId(), body.currentPassword(), body.password());
        return HttpResponse.noContent();
    }

    @Operation(summary = "Give a person an account, or a new password (HR). The username is their e-mail; a new"
            + " password ends every session of the account.")
    @ApiResponse(responseCode = "204", description = "Set")
    @Put("/people/{id}/password")
    @Secured(Role.Names.HR)
    public HttpResponse<Void> setPassword(UUID id, @Valid @Body NewPassword body, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        accounts.setPasswordForPerson(id, body.password());
        return HttpResponse.noContent();
    }

    private static Charset charset(HttpRequest<?> request) {
        String name = request.getContentType().flatMap(t -> t.getParameters().get("charset")).orElse(null);
        try {
            return CsvText.charsetOf(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Problem.badRequest("Unknown charset '" + dk.spor.input.model.Excerpt.of(name)
                    + "' in Content-Type; use utf-8 or windows-1252.");
        }
    }
}
