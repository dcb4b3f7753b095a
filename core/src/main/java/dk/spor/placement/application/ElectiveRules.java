package dk.spor.placement.application;

import dk.spor.placement.persistence.PlacementInputs;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The checks every change of an elective's places shares, with a sentence a person can act on when they fail. */
final class ElectiveRules {

    private ElectiveRules() {
    }

    static PlacementInputs.ModuleFacts module(List<PlacementInputs.ModuleFacts> modules, UUID programme, UUID module) {
        return modules.stream().filter(m -> m.id().equals(module)).findFirst()
                .orElseThrow(() -> Problem.notFound("A module " + module + " in programme " + programme));
    }

    static PlacementInputs.SessionFacts session(PlacementInputs.ModuleFacts module, UUID session) {
        return module.sessions().stream().filter(s -> s.id().equals(session)).findFirst()
                .orElseThrow(() -> Problem.notFound("A session " + session + " in module " + module.id()));
    }

    static void requireElective(PlacementInputs.ModuleFacts module) {
        if (module.kind() != ModuleKind.ELECTIVE) {
            throw Problem.conflict("In a progressive module everyone is placed with their team; only the session of"
                    + " an elective module is chosen.");
        }
    }

    static void requireOpenForChoosing(ProgrammeState state) {
        if (!state.booksActionLearning()) {
            throw Problem.conflict(switch (state) {
                case DRAFT -> "The programme is still a draft: sessions can be chosen once it is planned.";
                case PAUSED, POSTPONED -> "The programme is on hold: choosing opens again when it resumes.";
                default -> "The programme is over: its sessions can no longer be chosen.";
            });
        }
    }

    static void requireNotBegun(PlacementInputs.SessionFacts session, Instant now) {
        if (!session.start().isAfter(now)) {
            throw Problem.conflict("The session has begun or is over: choose a later one.");
        }
    }
}
