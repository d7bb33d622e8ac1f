package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.rest.entities.GroupSyncJson;
import com.salesteam.jira.rest.entities.TeamInputJson;
import com.salesteam.jira.rest.entities.TeamJson;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * /rest/salesteam/1.0/teams: every licensed user reads teams; only Jira administrators change them.
 * Writes accept JSON only, which is what keeps them out of reach of cross-site form posts.
 */
@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TeamResource {

    private final TeamService teams;
    private final TeamJsonMapper mapper;
    private final Translator translator;

    @Inject
    public TeamResource(TeamService teams, TeamJsonMapper mapper, Translator translator) {
        this.teams = teams;
        this.mapper = mapper;
        this.translator = translator;
    }

    @GET
    public List<TeamJson> list() {
        return mapper.toJson(teams.list());
    }

    @GET
    @Path("/{id}")
    public TeamJson get(@PathParam("id") long id) {
        return mapper.toJson(teams.get(id));
    }

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TeamInputJson input) {
        TeamJson created = mapper.toJson(teams.create(toDraft(input)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamJson update(@PathParam("id") long id, TeamInputJson input) {
        return mapper.toJson(teams.update(id, toDraft(input)));
    }

    @DELETE
    @Path("/{id}")
    @AdminOnly
    public Response delete(@PathParam("id") long id) {
        teams.delete(id);
        return Response.noContent().build();
    }

    // --- Team group sync

    /** The last sync of a team with its group (Jira administrators). */
    @GET
    @Path("/{id}/sync")
    @AdminOnly
    public GroupSyncJson syncStatus(@PathParam("id") long id) {
        Team team = teams.get(id);
        return syncJson(team, Optional.ofNullable(teams.syncStatuses().get(id)));
    }

    /** "Sync now": takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Path("/{id}/sync")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupSyncJson syncNow(@PathParam("id") long id, String ignoredBody) {
        GroupSyncStatus status = teams.syncNow(id);
        return syncJson(teams.get(id), Optional.of(status));
    }

    private GroupSyncJson syncJson(Team team, Optional<GroupSyncStatus> status) {
        return new GroupSyncJson(team.id(), team.groupName().orElse(null),
                status.map(s -> s.at().toString()).orElse(null),
                status.map(GroupSyncStatus::added).orElse(0), status.map(GroupSyncStatus::removed).orElse(0),
                status.flatMap(GroupSyncStatus::errorKey).map(key -> translator.text(key, team.groupName().orElse("")))
                        .orElse(null));
    }

    private static TeamDraft toDraft(TeamInputJson input) {
        TeamInputJson body = input == null ? new TeamInputJson() : input;
        List<String> members = body.getMembers() == null ? List.of()
                : body.getMembers().stream().map(member -> Objects.requireNonNullElse(member, "")).toList();
        return new TeamDraft(Objects.requireNonNullElse(body.getName(), ""),
                Objects.requireNonNullElse(body.getDescription(), ""),
                Optional.ofNullable(body.getParentId()),
                Optional.ofNullable(body.getManagerKey()),
                members, Optional.ofNullable(body.getGroupName()));
    }
}
