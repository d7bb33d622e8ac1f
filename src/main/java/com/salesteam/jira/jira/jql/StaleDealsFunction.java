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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** JQL {@code issue in staleDeals(14)}: open deals that have not changed for at least that many days. */
public class StaleDealsFunction extends DealListFunction {

    static final int MAX_DAYS = 3650;

    private final DealQueries deals;
    private final Translator translator;
    private final Clock clock;

    public StaleDealsFunction(DealQueries deals, Translator translator, Clock clock) {
        this.deals = deals;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        if (days(operand).isEmpty()) {
            messages.addErrorMessage(translator.text("salesteam.jql.staledeals.usage", MAX_DAYS));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<QueryLiteral> literals = new ArrayList<>();
        OptionalInt days = days(operand);
        if (days.isPresent()) {
            long cutoff = clock.instant().minus(Duration.ofDays(days.getAsInt())).toEpochMilli();
            for (long issueId : deals.openDealsUnchangedSince(cutoff)) {
                literals.add(new QueryLiteral(operand, issueId));
            }
        }
        return literals;
    }

    private static OptionalInt days(FunctionOperand operand) {
        if (operand.getArgs().size() != 1) {
            return OptionalInt.empty();
        }
        try {
            int days = Integer.parseInt(operand.getArgs().get(0).strip());
            return days >= 1 && days <= MAX_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
