package dk.spor.leadership.application;

import dk.spor.leadership.persistence.ProgrammeFrames;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** A programme's frame, current and every earlier version, for anyone who may read the programme. */
@Singleton
public class ReadingFrame {

    private final ProgrammeFrames frames;
    private final ProgrammeAccess access;

    public ReadingFrame(ProgrammeFrames frames, ProgrammeAccess access) {
        this.frames = frames;
        this.access = access;
    }

    @Transactional
    public FrameView current(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        return frames.findFirstByIdProgrammeIdOrderByIdVersionDesc(programme).map(FrameView::of)
                .orElseThrow(() -> Problem.notFound("A frame for programme " + programme));
    }

    /** Every version, newest first. */
    @Transactional
    public List<FrameView> versions(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        return frames.findByIdProgrammeIdOrderByIdVersionDesc(programme).stream().map(FrameView::of).toList();
    }
}
