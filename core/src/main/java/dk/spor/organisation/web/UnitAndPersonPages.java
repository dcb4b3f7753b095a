package dk.spor.organisation.web;

import static dk.spor.site.Pages.seeOther;

import dk.spor.organisation.application.Directory;
import dk.spor.organisation.web.OrganisationPages.TreeLine;
import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organisation, HR's pages of one unit (its members) and of one person (their roles and how they sign in, and giving
 * them a local account). The same use cases as the API's {@code /api/units}, {@code /api/people/{id}} and
 * {@code PUT /api/people/{id}/password}.
 */
@Hidden
@Controller("/organisation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class UnitAndPersonPages {

    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 200;

    private final Pages pages;
    private final Directory directory;
    private final TreeLines treeLines;
    private final Accounts accounts;

    public UnitAndPersonPages(Pages pages, Directory directory, TreeLines treeLines, Accounts accounts) {
        this.pages = pages;
        this.directory = directory;
        this.treeLines = treeLines;
        this.accounts = accounts;
    }

    public record Member(UUID id, String name, String unitName, List<String> roleKeys) {
    }

    public record UnitPage(TreeLine unit, @Nullable TreeLine parent, List<TreeLine> subUnits, List<Member> members) {
    }

    /**
     * A person and how they sign in. {@code singleSignOn} names the provider a person signs in through once single
     * sign-on links accounts to providers; until then it is null and the page offers the local account.
     */
    public record PersonPage(Directory.PersonView person, List<String> roleKeys, List<TreeLine> manages,
                             boolean localAccount, @Nullable String username, @Nullable String singleSignOn,
                             Form form, boolean passwordGiven) {
    }

    @Serdeable
    public record PasswordForm(@Nullable String password, @Nullable String csrfToken) {
    }

    @Get("/enheder/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> unit(HttpRequest<?> request, UUID id) {
        PageContext ctx = pages.context(request);
        List<TreeLine> lines = treeLines.all();
        TreeLine unit = lines.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("An open unit with id " + id));
        Map<UUID, Directory.UnitView> views = directory.units().stream()
                .collect(Collectors.toMap(Directory.UnitView::id, u -> u));
        UUID parentId = views.get(id).parentId();
        TreeLine parent = lines.stream().filter(l -> l.id().equals(parentId)).findFirst().orElse(null);
        List<TreeLine> subUnits = lines.stream().filter(l -> id.equals(views.get(l.id()).parentId())).toList();
        List<Member> members = directory.members(ctx.viewer(), id).stream()
                .map(p -> new Member(p.id(), p.name(), p.unitName(), roleKeys(p))).toList();
        return pages.render(ctx, "organisation/unit", new UnitPage(unit, parent, subUnits, members));
    }

    @Get("/personer/{id}{?adgang}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> person(HttpRequest<?> request, UUID id, @Nullable @QueryValue String adgang) {
        PageContext ctx = pages.context(request);
        return personPage(ctx, id, Form.empty(), "givet".equals(adgang));
    }

    @Post(value = "/personer/{id}/adgangskode", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> givePassword(HttpRequest<?> request, UUID id, @Body PasswordForm body) {
        PageContext ctx = pages.context(request);
        Texts t = ctx.t();
        Directory.PersonView person = directory.person(ctx.viewer(), id);
        String password = body.password() == null ? "" : body.password();
        Form form = Form.empty();
        if (password.length() < MIN_PASSWORD) {
            form.error("password", t.text("hr.org.person.error.passwordShort", MIN_PASSWORD));
        } else if (password.length() > MAX_PASSWORD) {
            form.error("password", t.text("hr.org.person.error.passwordLong", MAX_PASSWORD));
        } else if (person.left()) {
            form.error("password", t.text("hr.org.person.error.left"));
        }
        if (!form.hasErrors()) {
            try {
                accounts.setPasswordForPerson(id, password);
                return seeOther("/organisation/personer/" + id + "?adgang=givet");
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.CONFLICT) {
                    throw problem;
                }
                form.error("password", t.text("hr.org.person.error.usernameTaken"));
            }
        }
        return personPage(ctx, id, form, false);
    }

    private HttpResponse<?> personPage(PageContext ctx, UUID id, Form form, boolean given) {
        Directory.PersonView person = directory.person(ctx.viewer(), id);
        List<TreeLine> lines = treeLines.all();
        List<TreeLine> manages = lines.stream().filter(l -> person.manages().contains(l.id())).toList();
        Optional<Accounts.Account> account = accounts.ofPerson(id);
        return pages.render(ctx, "organisation/person", new PersonPage(person, roleKeys(person), manages,
                account.isPresent(), account.map(Accounts.Account::username).orElse(null), null, form, given));
    }

    /** The roles a person holds, as the keys of their names: employee first, then the rest in a fixed order. */
    static List<String> roleKeys(Directory.PersonView person) {
        List<String> keys = new ArrayList<>();
        if (person.left()) {
            return keys;
        }
        keys.add("role." + Role.EMPLOYEE.name());
        if (!person.manages().isEmpty()) {
            keys.add("role." + Role.MANAGER.name());
        }
        for (Role role : List.of(Role.SUPPORT_PERSON, Role.REPRESENTATIVE, Role.HR)) {
            if (person.roles().contains(role.name())) {
                keys.add("role." + role.name());
            }
        }
        return keys;
    }

}
