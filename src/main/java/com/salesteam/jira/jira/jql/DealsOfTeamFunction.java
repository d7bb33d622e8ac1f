package com.salesteam.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.salesteam.jira.service.DealQueries;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.List;

/**
 * JQL {@code issue in dealsOfTeam("EMEA")}: the deals credited to the team or any team below it. Jira still
 * filters the results by what the searcher may browse.
 */
public class DealsOfTeamFunction extends DealListFunction {

    private final DealQueries deals;
    private final Translator translator;

    public DealsOfTeamFunction(DealQueries deals, Translator translator) {
        this.deals = deals;
        this.translator = translator;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.size() != 1 || args.get(0).isBlank()) {
            messages.addErrorMessage(translator.text("salesteam.jql.dealsofteam.usage"));
        } else if (!deals.teamExists(args.get(0))) {
            messages.addErrorMessage(translator.text("salesteam.jql.dealsofteam.unknown", args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<QueryLiteral> literals = new ArrayList<>();
        if (operand.getArgs().size() == 1) {
            for (long issueId : deals.dealsOfTeam(operand.getArgs().get(0)).orElse(List.of())) {
                literals.add(new QueryLiteral(operand, issueId));
            }
        }
        return literals;
    }
}
