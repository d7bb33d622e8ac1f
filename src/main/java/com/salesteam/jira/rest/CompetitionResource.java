package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.rest.entities.CompetitionInputJson;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.service.competition.CompetitionBoard;
import com.salesteam.jira.service.competition.CompetitionService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /rest/salesteam/1.0/competitions: the competitions the caller may see (optionally by state), one with its
 * standings ({@code ?top=N}: the first N places and the caller's own apart, each with the person's badges), and creating, changing and deleting them (admins and team managers, JSON bodies only, which keeps
 * them out of reach of cross-site form posts). Who may do what is the competition service's rule.
 */
@Path("/competitions")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CompetitionResource {

    private final CompetitionService competitions;
    private final CompetitionJsonMapper mapper;
    private final CurrentUser currentUser;
    private final BadgeService badges;

    @Inject
    public CompetitionResource(CompetitionService competitions, CurrentUser currentUser, Translator translator,
                               BadgeService badges) {
        this.competitions = competitions;
        this.mapper = new CompetitionJsonMapper(translator);
        this.currentUser = currentUser;
        this.badges = badges;
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("state") String state) {
        return competitions.list(state).stream().map(mapper::summary).toList();
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") long id, @QueryParam("top") String top) {
        CompetitionBoard board = competitions.board(id, top(top));
        List<String> shown = new ArrayList<>(board.rows().stream().map(CompetitionBoard.Row::userKey).toList());
        board.own().ifPresent(own -> shown.add(own.userKey()));
        return mapper.board(board, currentUser.caller().map(caller -> caller.userKey()).orElse(""),
                badges.onBoard(shown));
    }

    /** Parsed here rather than by JAX-RS, which answers a malformed number with 404 instead of naming the field. */
    private static Integer top(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(FieldError.of("top", "salesteam.error.leaderboard.number", text));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CompetitionInputJson input) {
        Competition created = competitions.create(draft(input));
        return Response.status(Response.Status.CREATED).entity(mapper.competition(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") long id, CompetitionInputJson input) {
        return mapper.competition(competitions.update(id, draft(input)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        competitions.delete(id);
        return Response.noContent().build();
    }

    private static CompetitionDraft draft(CompetitionInputJson input) {
        CompetitionInputJson body = input == null ? new CompetitionInputJson() : input;
        return new CompetitionDraft(body.getName(), body.getDescription(), body.getMetric(), body.getStart(),
                body.getEnd(), body.getTeams(), body.getPeople(), body.getScoring(), body.getPrizes());
    }
}
