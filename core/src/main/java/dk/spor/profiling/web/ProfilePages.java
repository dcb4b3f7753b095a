package dk.spor.profiling.web;

import dk.spor.profiling.application.CommentingOnProfile;
import dk.spor.profiling.application.ProfileView;
import dk.spor.profiling.application.ReadingMyProfiles;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.ReadingProfileAccessLog;
import dk.spor.profiling.application.SharingProfile;
import dk.spor.profiling.application.SurveyView;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.security.Role;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.FormFields;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Min profil, mine first: the type in words, the answers that weighed most, the instrument version, earlier profiles
 * (a small chart of how the scores moved, with the same numbers as a table), the person's own comment, sharing with
 * their manager or withdrawing it with one button, and who has read it. The same use cases as {@code /api/me/profiles}
 * and {@code /api/me/profile-access-log}; someone else's profile is "not found". Only the newest profile can be shared:
 * it is the one a manager would read.
 */
@Hidden
@Controller("/min-profil")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ProfilePages {

    /** The longest comment the API takes. */
    static final int COMMENT_MAX = 4000;

    private final Pages pages;
    private final ReadingMyProfiles profiles;
    private final ReadingMySurveys surveys;
    private final CommentingOnProfile commenting;
    private final SharingProfile sharing;
    private final ReadingProfileAccessLog accessLog;
    private final JsonMapper json;

    public ProfilePages(Pages pages, ReadingMyProfiles profiles, ReadingMySurveys surveys,
                        CommentingOnProfile commenting, SharingProfile sharing, ReadingProfileAccessLog accessLog,
                        JsonMapper json) {
        this.pages = pages;
        this.profiles = profiles;
        this.surveys = surveys;
        this.commenting = commenting;
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.json = json;
    }

    /**
     * The page of one profile. {@code latest}: it is the newest (only that one is shared and compared);
     * {@code history}: all the person's profiles, oldest first, for the chart and its table; {@code chartJson}: the
     * same numbers for the chart script; {@code openSurvey}: a survey the person can answer again, if any.
     */
    public record ProfilePage(@Nullable ProfileView profile, boolean latest, List<ProfileView> history,
                              String chartJson, List<ReadingProfileAccessLog.AccessView> accessLog,
                              @Nullable SurveyView openSurvey, Form form, @Nullable String notice) {

        public List<AttitudeType> types() {
            return List.of(AttitudeType.values());
        }

        /** A score as the table writes it: one decimal, or a dash when the type's statements were not answered. */
        public String score(ProfileView p, AttitudeType type, String language) {
            return p.scores().stream().filter(s -> s.type() == type).findFirst()
                    .filter(s -> s.mean() != null)
                    .map(s -> String.format(java.util.Locale.forLanguageTag(language), "%.1f", s.mean()))
                    .orElse("–");
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myProfile", order = 40, roles = Role.EMPLOYEE)
    public HttpResponse<?> mine(HttpRequest<?> request, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        List<ProfileView> mine = ctx.viewer().person().map(profiles::mine).orElse(List.of());
        return page(ctx, mine.isEmpty() ? null : mine.get(0), mine, Form.empty(), notice(besked));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> one(HttpRequest<?> request, UUID id, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        UUID person = ctx.viewer().requirePerson();
        ProfileView profile = profiles.one(person, id);
        return page(ctx, profile, profiles.mine(person), Form.empty(), notice(besked));
    }

    /** Shares the profile with the manager ({@code shared=true}) or withdraws it, with one button either way. */
    @Post(value = "/{id}/deling", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> share(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        UUID person = ctx.viewer().requirePerson();
        List<ProfileView> mine = profiles.mine(person);
        if (mine.isEmpty() || !mine.get(0).id().equals(id)) {
            // an earlier profile is never what a manager reads; someone else's does not exist
            profiles.one(person, id);
            throw Problem.notFound("The newest profile with id " + id);
        }
        boolean share = "true".equals(FormFields.of(body).one("shared"));
        sharing.share(person, id, share);
        return Pages.seeOther("/min-profil?besked=" + (share ? "delt" : "ikke-delt") + "#deling");
    }

    @Post(value = "/{id}/kommentar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> comment(HttpRequest<?> request, UUID id, @Nullable @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        UUID person = ctx.viewer().requirePerson();
        String comment = FormFields.of(body).one("comment");
        if (comment.length() > COMMENT_MAX) {
            ProfileView profile = profiles.one(person, id);
            Form form = Form.empty().value("comment", comment)
                    .error("comment", ctx.t().text("form.error.tooLong", COMMENT_MAX));
            return page(ctx, profile, profiles.mine(person), form, null);
        }
        commenting.comment(person, id, comment);
        List<ProfileView> mine = profiles.mine(person);
        String page = !mine.isEmpty() && mine.get(0).id().equals(id) ? "/min-profil" : "/min-profil/" + id;
        return Pages.seeOther(page + "?besked=kommentar#kommentar");
    }

    private HttpResponse<?> page(PageContext ctx, @Nullable ProfileView profile, List<ProfileView> mine, Form form,
                                 @Nullable String notice) {
        UUID person = ctx.viewer().person().orElse(null);
        List<ProfileView> history = new ArrayList<>(mine);
        java.util.Collections.reverse(history);
        SurveyView open = person == null ? null : surveys.mine(person).stream().findFirst().orElse(null);
        boolean latest = profile != null && profile.id().equals(mine.get(0).id());
        List<ReadingProfileAccessLog.AccessView> log = person == null ? List.of() : accessLog.of(person);
        return pages.render(ctx, "profiling/myProfile", new ProfilePage(profile, latest, history,
                chart(ctx, history), log, open, form, notice));
    }

    /**
     * The chart's data: a date per profile and a line per type. Only the person's own scores, on their own page; the
     * table beside the chart holds the same numbers.
     */
    private String chart(PageContext ctx, List<ProfileView> history) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", history.stream().map(p -> ctx.time().date(p.computedAt()
                .atZone(dk.spor.web.page.WrittenTime.ZONE).toLocalDate())).toList());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (AttitudeType type : AttitudeType.values()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", ctx.pick(type.nameDa(), type.nameEn()));
            line.put("data", history.stream().map(p -> p.scores().stream().filter(s -> s.type() == type)
                    .findFirst().map(ProfileView.ScoreView::mean).orElse(null)).toList());
            lines.add(line);
        }
        data.put("datasets", lines);
        data.put("min", 1);
        data.put("max", 5);
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String notice(@Nullable String besked) {
        if (besked == null || !Set.of("ny", "delt", "ikke-delt", "kommentar").contains(besked)) {
            return null;
        }
        return "profile.notice." + besked.replace("-", "");
    }
}
