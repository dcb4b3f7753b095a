package dk.spor.knowledge.web;

import dk.spor.knowledge.application.ReadingMyRecommendations;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.UUID;

/**
 * Track 4: what the library recommends to the signed-in person. Only ever about the caller: there is deliberately no
 * call that gives another person's recommendations, since they can rest on that person's own profile.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecommendationController {

    private final ReadingMyRecommendations recommendations;
    private final Viewers viewers;

    public RecommendationController(ReadingMyRecommendations recommendations, Viewers viewers) {
        this.recommendations = recommendations;
        this.viewers = viewers;
    }

    @Operation(summary = "Use cases, resources and offers for you, from your programmes' sectors, your learning goals "
            + "and your own profile, each with the reasons why; programmeId narrows to one programme.")
    @Get("/me/recommendations{?programmeId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ReadingMyRecommendations.RecommendationsView mine(@Nullable @QueryValue UUID programmeId,
                                                    Authentication authentication) {
        return recommendations.forMe(viewers.of(authentication), programmeId);
    }
}
