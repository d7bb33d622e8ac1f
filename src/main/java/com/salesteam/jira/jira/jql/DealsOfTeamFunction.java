package com.salesteam.jira.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JQL {@code issue in dealsOfTeam("EMEA")}: the deals credited to the team or any team below it. Jira still
 * filters the results by what the searcher may browse.
 */
public class DealsOfTeamFunction extends AbstractJqlFunction {

    private final TeamRepository teams;
    private final DealLedger ledger;
    private final Translator translator;

    public DealsOfTeamFunction(TeamRepository teams, DealLedger ledger, Translator translator) {
        this.teams = teams;
        this.ledger = ledger;
        this.translator = translator;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.size() != 1 || args.get(0).isBlank()) {
            messages.addErrorMessage(translator.text("salesteam.jql.dealsofteam.usage"));
        } else if (teams.findIdByName(args.get(0)).isEmpty()) {
            messages.addErrorMessage(translator.text("salesteam.jql.dealsofteam.unknown", args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<QueryLiteral> literals = new ArrayList<>();
        if (operand.getArgs().size() != 1) {
            return literals;
        }
        Optional<Long> team = teams.findIdByName(operand.getArgs().get(0));
        if (team.isEmpty()) {
            return literals;
        }
        List<Long> subtree = new TeamHierarchy(teams.findAll()).subtree(team.get()).stream().map(Team::id).toList();
        for (long issueId : ledger.issueIdsOfTeams(subtree)) {
            literals.add(new QueryLiteral(operand, issueId));
        }
        return literals;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
