package dk.spor.leadership.web;

import dk.spor.leadership.application.AnsweringOpenQuestion;
import dk.spor.leadership.application.AskingOpenQuestion;
import dk.spor.leadership.application.FrameView;
import dk.spor.leadership.application.LogEntry;
import dk.spor.leadership.application.NewEntry;
import dk.spor.leadership.application.NewFrame;
import dk.spor.leadership.application.OpenQuestion;
import dk.spor.leadership.application.ReadingFrame;
import dk.spor.leadership.application.ReadingLeadershipTrack;
import dk.spor.leadership.application.ReadingLearningLog;
import dk.spor.leadership.application.ReadingOpenQuestions;
import dk.spor.leadership.application.ReflectingOnDilemma;
import dk.spor.leadership.application.Reflection;
import dk.spor.leadership.application.TrackView;
import dk.spor.leadership.application.WritingFrame;
import dk.spor.leadership.application.WritingLearningLog;
import dk.spor.leadership.model.Dilemma;
import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.organisation.application.Directory;
import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.programme.application.ListingManagedProgrammes.ManagedProgramme;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.DateInput;
import dk.spor.web.page.Form;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Ledelsesspor, the manager's leadership track for a programme they lead, in four parts: the frame (write a new
 * version, compare versions), the dilemmas and grips with the sector's cases and the manager's own reflections, the
 * learning log rolled up from teams to departments (never saying who wrote), and the open questions (answer the ones
 * the manager owns). Each part calls the use case the API calls, which decides who may do what; a programme the
 * manager does not lead is a 404.
 */
@Hidden
@Controller("/ledelsesspor")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class LeadershipPages {

    static final String PATH = "/ledelsesspor";
    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    private static final int LONG_TEXT = 4000;

    private final Pages pages;
    private final ListingManagedProgrammes managed;
    private final ReadingProgrammes programmes;
    private final ReadingFrame frames;
    private final WritingFrame writingFrame;
    private final ReadingLeadershipTrack track;
    private final ReflectingOnDilemma reflecting;
    private final ReadingLearningLog readingLog;
    private final WritingLearningLog writingLog;
    private final ReadingOpenQuestions questions;
    private final AskingOpenQuestion asking;
    private final AnsweringOpenQuestion answering;
    private final Directory directory;

    public LeadershipPages(Pages pages, ListingManagedProgrammes managed, ReadingProgrammes programmes,
                           ReadingFrame frames, WritingFrame writingFrame, ReadingLeadershipTrack track,
                           ReflectingOnDilemma reflecting, ReadingLearningLog readingLog,
                           WritingLearningLog writingLog, ReadingOpenQuestions questions, AskingOpenQuestion asking,
                           AnsweringOpenQuestion answering, Directory directory) {
        this.pages = pages;
        this.managed = managed;
        this.programmes = programmes;
        this.frames = frames;
        this.writingFrame = writingFrame;
        this.track = track;
        this.reflecting = reflecting;
        this.readingLog = readingLog;
        this.writingLog = writingLog;
        this.questions = questions;
        this.asking = asking;
        this.answering = answering;
        this.directory = directory;
    }

    /**
     * The programme a part of the track belongs to, and which part is shown (for the track's own menu).
     * {@code writesFrame}: the viewer manages one of the programme's own units, so {@link WritingFrame} lets them
     * write its frame; the page offers it only then.
     */
    public record Track(UUID id, String name, String part, boolean writesFrame) {
        public String path() {
            return PATH + "/" + id;
        }
    }

    // ---- choosing a programme --------------------------------------------------------------------------------

    public record Programmes(List<ManagedProgramme> programmes) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.leadershipTrack", order = 130, roles = Role.MANAGER)
    public HttpResponse<?> programmes(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        List<ManagedProgramme> led = managed.list(ctx.viewer());
        if (led.size() == 1) {
            return seeOther(PATH + "/" + led.get(0).id());
        }
        return pages.render(ctx, "leadership/programmes", new Programmes(led));
    }

    // ---- the frame -------------------------------------------------------------------------------------------

    /** The current frame ({@code null} before the first version) and every version, newest first. */
    /** {@code inTrack}: shown inside the manager's leadership track (with its menu), not on the representative's. */
    public record FramePage(Track track, @Nullable FrameView current, List<FrameView> versions, String base,
                            boolean inTrack, boolean writable, @Nullable String notice) {
    }

    @Get("/{programmeId}{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> frame(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "frame");
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return pages.render(ctx, "leadership/frame", new FramePage(track, versions.isEmpty() ? null : versions.get(0),
                versions, track.path() + "/rammen", true, track.writesFrame(),
                "written".equals(besked) ? "mgr.frame.notice.written" : null));
    }

    public record FrameFormPage(Track track, @Nullable Integer basedOn, Form form) {
        public List<FrameGain> gains() {
            return Arrays.asList(FrameGain.values());
        }

        public List<InfluenceLevel> influenceLevels() {
            return Arrays.asList(InfluenceLevel.values());
        }
    }

    @Get("/{programmeId}/rammen/ny")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> newFrame(HttpRequest<?> request, String programmeId) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "frame");
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        Form form = Form.empty();
        Integer basedOn = null;
        if (!versions.isEmpty()) {
            // a revision starts from the current version
            FrameView f = versions.get(0);
            basedOn = f.version();
            form.value("purpose", f.purpose()).value("ambition", f.ambition()).value("fixed", f.fixed())
                    .value("open", f.open()).value("whoGains", f.whoGains()).value("doLessOf", f.doLessOf())
                    .value("freedTimeUse", f.freedTimeUse()).value("involved", f.involved())
                    .value("influenceLevel", f.influenceLevel().name());
            for (FrameGain gain : f.gains()) {
                form.value("gain-" + gain.name(), "on");
            }
        }
        return pages.render(ctx, "leadership/frameForm", new FrameFormPage(track, basedOn, form));
    }

    @Serdeable
    public record FrameForm(@Nullable String csrfToken, @Nullable String purpose, @Nullable String ambition,
                            @Nullable String fixed, @Nullable String open, @Nullable String gainTIME,
                            @Nullable String gainQUALITY, @Nullable String gainSERVICE, @Nullable String whoGains,
                            @Nullable String doLessOf, @Nullable String freedTimeUse,
                            @Nullable String influenceLevel, @Nullable String involved,
                            @Nullable String basedOn) {
    }

    @Post(value = "/{programmeId}/rammen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> writeFrame(HttpRequest<?> request, String programmeId, @Body FrameForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = track(viewer, programmeId, "frame");
        Texts t = ctx.t();
        Form form = Form.empty().value("purpose", trim(body.purpose())).value("ambition", trim(body.ambition()))
                .value("fixed", trim(body.fixed())).value("open", trim(body.open()))
                .value("whoGains", trim(body.whoGains())).value("doLessOf", trim(body.doLessOf()))
                .value("freedTimeUse", trim(body.freedTimeUse())).value("involved", trim(body.involved()))
                .value("influenceLevel", trim(body.influenceLevel()));
        List<FrameGain> gains = new ArrayList<>();
        if (body.gainTIME() != null) {
            gains.add(FrameGain.TIME);
        }
        if (body.gainQUALITY() != null) {
            gains.add(FrameGain.QUALITY);
        }
        if (body.gainSERVICE() != null) {
            gains.add(FrameGain.SERVICE);
        }
        gains.forEach(g -> form.value("gain-" + g.name(), "on"));
        if (trim(body.purpose()).isEmpty()) {
            form.error("purpose", t.text("mgr.frame.error.purposeMissing"));
        }
        tooLong(form, t, "purpose", LONG_TEXT);
        tooLong(form, t, "ambition", LONG_TEXT);
        tooLong(form, t, "fixed", LONG_TEXT);
        tooLong(form, t, "open", LONG_TEXT);
        tooLong(form, t, "whoGains", 2000);
        tooLong(form, t, "doLessOf", LONG_TEXT);
        tooLong(form, t, "freedTimeUse", LONG_TEXT);
        tooLong(form, t, "involved", 1000);
        InfluenceLevel influence = Arrays.stream(InfluenceLevel.values())
                .filter(l -> l.name().equals(trim(body.influenceLevel()))).findFirst().orElse(null);
        if (influence == null) {
            form.error("influenceLevel-" + InfluenceLevel.INFORMATION.name(), t.text("mgr.frame.error.influenceMissing"));
        }
        Integer basedOn = integer(body.basedOn());
        if (form.hasErrors()) {
            return pages.render(ctx, "leadership/frameForm", new FrameFormPage(track, basedOn, form));
        }
        try {
            writingFrame.write(viewer, track.id(), new NewFrame(trim(body.purpose()), trim(body.ambition()),
                    trim(body.fixed()), trim(body.open()), gains, trim(body.whoGains()), trim(body.doLessOf()),
                    trim(body.freedTimeUse()), influence, trim(body.involved())));
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.FORBIDDEN) {
                throw problem;
            }
            form.error("purpose", t.text("mgr.frame.error.notYours"));
            return pages.render(ctx, "leadership/frameForm", new FrameFormPage(track, basedOn, form));
        }
        return seeOther(track.path() + "/rammen/versioner?besked=written");
    }

    /** Two versions side by side; {@code comparison} is null while there is only one version (or none). */
    public record VersionsPage(Track track, String base, List<FrameView> versions,
                               @Nullable FrameComparison comparison, @Nullable String notice, boolean inTrack,
                               boolean writable) {
    }

    @Get("/{programmeId}/rammen/versioner{?fra,til,besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> versions(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String fra,
                                    @Nullable @QueryValue String til, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "frame");
        return pages.render(ctx, "leadership/versions", versionsPage(ctx, track, track.path() + "/rammen", fra, til,
                "written".equals(besked) ? "mgr.frame.notice.written" : null, track.writesFrame()));
    }

    private VersionsPage versionsPage(PageContext ctx, Track track, String base, @Nullable String fra,
                                      @Nullable String til, @Nullable String notice, boolean writable) {
        List<FrameView> versions = frames.versions(ctx.viewer(), track.id());
        return new VersionsPage(track, base, versions, FrameComparison.chosen(versions, fra, til, ctx.t()), notice,
                true, writable);
    }

    // ---- dilemmas, grips, cases and my reflections -----------------------------------------------------------

    public record DilemmaPage(Track track, TrackView material, Form form, @Nullable String formFor,
                              @Nullable String notice) {
        public List<Reflection> reflectionsOn(String dilemma) {
            return material.myReflections().stream().filter(r -> r.dilemma().name().equals(dilemma)).toList();
        }

        public Form formOf(String dilemma) {
            return dilemma.equals(formFor) ? form : Form.empty();
        }
    }

    @Get("/{programmeId}/dilemmaer{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> dilemmas(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "dilemmas");
        return pages.render(ctx, "leadership/dilemmas", new DilemmaPage(track, track(ctx.viewer(), track),
                Form.empty(), null, "reflected".equals(besked) ? "mgr.dilemmas.notice.reflected" : null));
    }

    @Serdeable
    public record ReflectionForm(@Nullable String csrfToken, @Nullable String dilemma, @Nullable String text) {
    }

    @Post(value = "/{programmeId}/refleksioner", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> reflect(HttpRequest<?> request, String programmeId, @Body ReflectionForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = track(viewer, programmeId, "dilemmas");
        Dilemma dilemma = Arrays.stream(Dilemma.values()).filter(d -> d.name().equals(trim(body.dilemma())))
                .findFirst().orElseThrow(() -> Problem.notFound("A dilemma " + body.dilemma()));
        String field = "reflection-" + dilemma.name();
        Form form = Form.empty().value(field, trim(body.text()));
        if (trim(body.text()).isEmpty()) {
            form.error(field, ctx.t().text("mgr.dilemmas.error.textMissing"));
        }
        tooLong(form, ctx.t(), field, LONG_TEXT);
        if (form.hasErrors()) {
            return pages.render(ctx, "leadership/dilemmas", new DilemmaPage(track, track(viewer, track), form,
                    dilemma.name(), null));
        }
        reflecting.reflect(viewer, track.id(), dilemma, trim(body.text()));
        return seeOther(track.path() + "/dilemmaer?besked=reflected#dilemma-" + dilemma.name());
    }

    // ---- the learning log ------------------------------------------------------------------------------------

    /** A unit of the roll-up, indented by its depth below the programme's units, with its own entries. */
    public record LogUnit(UUID id, String name, int depth, List<LogEntry> entries) {
    }

    /** A unit one can write for: one the viewer manages, or their own. */
    public record UnitChoice(UUID id, String name) {
    }

    public record LogPage(Track track, List<LogUnit> rollUp, int entries, List<LogUnit> filterUnits,
                          @Nullable UUID filter, List<UnitChoice> writable, List<ProgrammeView.ModuleView> modules,
                          Form form, @Nullable String notice) {
        public List<String> sources() {
            return List.of("LEADERSHIP", "MODULE", "ACTION_LEARNING");
        }

        /** The title of the programme's module with this id, or null. */
        @Nullable
        public String moduleTitle(@Nullable UUID module) {
            return modules.stream().filter(m -> m.id().equals(module)).map(ProgrammeView.ModuleView::title)
                    .findFirst().orElse(null);
        }
    }

    @Get("/{programmeId}/laeringslog{?enhed,besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> learningLog(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String enhed,
                                       @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "log");
        return pages.render(ctx, "leadership/learningLog", logPage(ctx.viewer(), track, enhed, Form.empty(),
                "written".equals(besked) ? "mgr.log.notice.written" : null));
    }

    @Serdeable
    public record LogForm(@Nullable String csrfToken, @Nullable String unitId, @Nullable String source,
                          @Nullable String moduleId, @Nullable String whatWeDid, @Nullable String whatHappened,
                          @Nullable String whatWeLearned, @Nullable String whatItMeans) {
    }

    @Post(value = "/{programmeId}/laeringslog", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> writeLog(HttpRequest<?> request, String programmeId, @Body LogForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = track(viewer, programmeId, "log");
        Texts t = ctx.t();
        Form form = Form.empty().value("unitId", trim(body.unitId())).value("source", trim(body.source()))
                .value("moduleId", trim(body.moduleId())).value("whatWeDid", trim(body.whatWeDid()))
                .value("whatHappened", trim(body.whatHappened())).value("whatWeLearned", trim(body.whatWeLearned()))
                .value("whatItMeans", trim(body.whatItMeans()));
        UUID unit = uuid(body.unitId());
        if (unit == null) {
            form.error("unitId", t.text("mgr.log.error.unit"));
        }
        String source = trim(body.source());
        if (!List.of("LEADERSHIP", "MODULE", "ACTION_LEARNING").contains(source)) {
            form.error("source-LEADERSHIP", t.text("mgr.log.error.source"));
        }
        for (String field : List.of("whatWeDid", "whatHappened", "whatWeLearned", "whatItMeans")) {
            if (form.valueOf(field).isEmpty()) {
                form.error(field, t.text("mgr.log.error." + field));
            }
            tooLong(form, t, field, LONG_TEXT);
        }
        UUID module = trim(body.moduleId()).isEmpty() ? null : uuid(body.moduleId());
        if (!form.hasErrors()) {
            try {
                writingLog.log(viewer, track.id(), new NewEntry(unit, source, module, trim(body.whatWeDid()),
                        trim(body.whatHappened()), trim(body.whatWeLearned()), trim(body.whatItMeans())));
                return seeOther(track.path() + "/laeringslog?besked=written");
            } catch (Problem problem) {
                if (problem.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
                    for (Problem.FieldError e : problem.errors()) {
                        form.error("moduleId".equals(e.field()) ? "moduleId" : "unitId",
                                t.text("moduleId".equals(e.field()) ? "mgr.log.error.module" : "mgr.log.error.unit"));
                    }
                } else if (problem.status() == HttpStatus.FORBIDDEN) {
                    form.error("unitId", t.text("mgr.log.error.notYourUnit"));
                } else {
                    throw problem;
                }
            }
        }
        return pages.render(ctx, "leadership/learningLog", logPage(viewer, track, null, form, null));
    }

    private LogPage logPage(Viewer viewer, Track track, @Nullable String enhed, Form form, @Nullable String notice) {
        ProgrammeView programme = programmes.view(track.id());
        List<Directory.UnitView> all = directory.units();
        List<UUID> units = programme.units().stream().map(ProgrammeView.UnitRef::id).toList();
        Set<UUID> inProgramme = new HashSet<>(tree(all, units).stream().map(LogUnit::id).toList());
        // from the unit that holds all of the programme's units, so that teams roll up to their department even when
        // the teams themselves are the programme's units
        Map<UUID, UUID> parents = new HashMap<>();
        all.forEach(u -> parents.put(u.id(), u.parentId()));
        Set<UUID> above = new HashSet<>();
        for (UUID unit : inProgramme) {
            UUID at = parents.get(unit);
            while (at != null && above.add(at)) {
                at = parents.get(at);
            }
        }
        List<LogUnit> tree = tree(all, List.of(commonAncestor(parents, units))).stream()
                .filter(u -> inProgramme.contains(u.id()) || above.contains(u.id())).toList();
        UUID filter = null;
        if (enhed != null && !enhed.isBlank()) {
            filter = tree.stream().filter(u -> u.id().toString().equals(enhed.strip())).map(LogUnit::id).findFirst()
                    .orElseThrow(() -> Problem.notFound("A unit with id " + enhed));
        }
        List<LogEntry> entries = readingLog.learningLog(viewer, track.id(), filter);
        Map<UUID, List<LogEntry>> byUnit = new HashMap<>();
        for (LogEntry e : entries) {
            byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
        }
        UUID from = filter;
        List<LogUnit> shown = filter == null ? tree : tree(all, List.of(filter)).stream()
                .filter(u -> u.id().equals(from) || inProgramme.contains(u.id())).toList();
        List<LogUnit> rollUp = new ArrayList<>();
        for (LogUnit u : shown) {
            rollUp.add(new LogUnit(u.id(), u.name(), u.depth(), byUnit.getOrDefault(u.id(), List.of())));
        }
        // a unit is listed when it or a unit below it has entries: the roll-up from teams to departments
        List<LogUnit> withEntries = new ArrayList<>();
        for (int i = 0; i < rollUp.size(); i++) {
            if (hasEntriesBelow(rollUp, i)) {
                withEntries.add(rollUp.get(i));
            }
        }
        List<UnitChoice> writable = new ArrayList<>();
        UUID own = viewer.personId() == null ? null : directory.person(viewer, viewer.personId()).unitId();
        for (LogUnit u : tree) {
            if (inProgramme.contains(u.id()) && (viewer.manages(u.id()) || u.id().equals(own))) {
                writable.add(new UnitChoice(u.id(), u.name()));
            }
        }
        return new LogPage(track, withEntries, entries.size(), tree, filter, writable, programme.modules(), form,
                notice);
    }

    /** The lowest unit that is, or is above, every one of these; with one unit, that unit. */
    static UUID commonAncestor(Map<UUID, UUID> parents, List<UUID> units) {
        if (units.isEmpty()) {
            throw Problem.notFound("A unit of the programme");
        }
        for (UUID candidate = units.get(0); candidate != null; candidate = parents.get(candidate)) {
            UUID c = candidate;
            if (units.stream().allMatch(u -> isAtOrBelow(parents, u, c))) {
                return candidate;
            }
        }
        return units.get(0);
    }

    private static boolean isAtOrBelow(Map<UUID, UUID> parents, UUID unit, UUID above) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = unit; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(above)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEntriesBelow(List<LogUnit> units, int at) {
        LogUnit unit = units.get(at);
        if (!unit.entries().isEmpty()) {
            return true;
        }
        for (int i = at + 1; i < units.size() && units.get(i).depth() > unit.depth(); i++) {
            if (!units.get(i).entries().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ---- open questions --------------------------------------------------------------------------------------

    /** A question, and whether the viewer owns it (and so may answer it here). */
    public record QuestionLine(OpenQuestion question, boolean mine) {
    }

    public record QuestionsPage(Track track, List<QuestionLine> questions, Form form, @Nullable String formFor,
                                @Nullable String notice) {
        public Form formOf(String id) {
            return id.equals(formFor) ? form : Form.empty();
        }
    }

    @Get("/{programmeId}/spoergsmaal{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> questions(HttpRequest<?> request, String programmeId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        Track track = track(ctx.viewer(), programmeId, "questions");
        String notice = "answered".equals(besked) ? "mgr.questions.notice.answered"
                : "asked".equals(besked) ? "mgr.questions.notice.asked" : null;
        return pages.render(ctx, "leadership/questions", questionsPage(ctx.viewer(), track, Form.empty(), null,
                notice));
    }

    @Serdeable
    public record AnswerForm(@Nullable String csrfToken, @Nullable String answer) {
    }

    @Post(value = "/{programmeId}/spoergsmaal/{questionId}/svar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> answer(HttpRequest<?> request, String programmeId, String questionId,
                                  @Body AnswerForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = track(viewer, programmeId, "questions");
        UUID question = uuid(questionId);
        if (question == null) {
            throw Problem.notFound("An open question " + questionId);
        }
        String field = "answer-" + question;
        Form form = Form.empty().value(field, trim(body.answer()));
        if (trim(body.answer()).isEmpty()) {
            form.error(field, ctx.t().text("mgr.questions.error.answerMissing"));
        }
        tooLong(form, ctx.t(), field, LONG_TEXT);
        if (form.hasErrors()) {
            return pages.render(ctx, "leadership/questions", questionsPage(viewer, track, form,
                    question.toString(), null));
        }
        answering.answer(viewer, track.id(), question, trim(body.answer()));
        return seeOther(track.path() + "/spoergsmaal?besked=answered#question-" + question);
    }

    @Serdeable
    public record AskForm(@Nullable String csrfToken, @Nullable String question, @Nullable String owner,
                          @Nullable String dueDay, @Nullable String dueMonth, @Nullable String dueYear) {
    }

    @Post(value = "/{programmeId}/spoergsmaal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> ask(HttpRequest<?> request, String programmeId, @Body AskForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Track track = track(viewer, programmeId, "questions");
        Texts t = ctx.t();
        Form form = Form.empty().value("question", trim(body.question())).value("owner", trim(body.owner()))
                .value("due-day", trim(body.dueDay())).value("due-month", trim(body.dueMonth()))
                .value("due-year", trim(body.dueYear()));
        if (trim(body.question()).isEmpty()) {
            form.error("question", t.text("mgr.questions.error.questionMissing"));
        }
        tooLong(form, t, "question", 2000);
        DateInput due = DateInput.read(body.dueDay(), body.dueMonth(), body.dueYear());
        if (due.invalid()) {
            form.error("due-day", t.text("mgr.questions.error.dueDate"));
        }
        if (form.hasErrors()) {
            return pages.render(ctx, "leadership/questions", questionsPage(viewer, track, form, "ask", null));
        }
        asking.ask(viewer, track.id(), trim(body.question()), "me".equals(trim(body.owner())) ? viewer.personId() : null,
                due.date());
        return seeOther(track.path() + "/spoergsmaal?besked=asked");
    }

    private QuestionsPage questionsPage(Viewer viewer, Track track, Form form, @Nullable String formFor,
                                        @Nullable String notice) {
        List<QuestionLine> lines = questions.openQuestions(viewer, track.id()).stream()
                .map(q -> new QuestionLine(q, viewer.isSelf(q.ownerId()))).toList();
        return new QuestionsPage(track, lines, form, formFor, notice);
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    /** The programme in the address, which the viewer must lead; any other is a 404, as in the API. */
    private Track track(Viewer viewer, String programmeId, String part) {
        return managed.list(viewer).stream().filter(p -> p.id().toString().equals(programmeId))
                .map(p -> new Track(p.id(), p.name(), part, p.managesUnit() || viewer.is(Role.HR))).findFirst()
                .orElseThrow(() -> Problem.notFound("A programme with id " + programmeId));
    }

    private TrackView track(Viewer viewer, Track track) {
        return this.track.track(viewer, track.id());
    }

    /** The programme's units and every unit below them, depth first, siblings by name. */
    static List<LogUnit> tree(List<Directory.UnitView> all, List<UUID> tops) {
        Map<UUID, Directory.UnitView> byId = new HashMap<>();
        Map<UUID, List<Directory.UnitView>> children = new HashMap<>();
        for (Directory.UnitView u : all) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<Directory.UnitView> byName = Comparator.comparing(Directory.UnitView::name, DANISH);
        children.values().forEach(list -> list.sort(byName));
        List<LogUnit> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Directory.UnitView> roots = new ArrayList<>(tops.stream().filter(byId::containsKey).map(byId::get).toList());
        roots.sort(byName);
        for (Directory.UnitView root : roots) {
            walk(root, 0, children, out, seen);
        }
        return out;
    }

    private static void walk(Directory.UnitView unit, int depth, Map<UUID, List<Directory.UnitView>> children,
                             List<LogUnit> out, Set<UUID> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new LogUnit(unit.id(), unit.name(), depth, List.of()));
        for (Directory.UnitView child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, children, out, seen);
        }
    }

    private static void tooLong(Form form, Texts t, String field, int max) {
        if (form.valueOf(field).length() > max && form.errorOf(field) == null) {
            form.error(field, t.text("mgr.error.tooLong", max));
        }
    }

    @Nullable
    static Integer integer(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    static UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String trim(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    static HttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }
}
