package com.salesteam.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.DealQueries;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.MoneyInput;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JQL {@code issue in dealsByAmount("EUR 10000", "EUR 50000")}: deals whose amount lies in the range (the upper
 * bound may be left out), read from the ledger's indexed amount. The money field has no Lucene searcher of its
 * own (Jira's number searchers index a Double, not an amount with a currency), so this is how deals are found by
 * amount. An amount without a currency code is in the default currency; the bounds share one currency.
 */
public class DealsByAmountFunction extends DealListFunction {

    private final DealQueries deals;
    private final AppSettings settings;
    private final Translator translator;

    public DealsByAmountFunction(DealQueries deals, AppSettings settings, Translator translator) {
        this.deals = deals;
        this.settings = settings;
        this.translator = translator;
    }

    /** The bounds, or why they are not usable. */
    private record Range(Optional<Money> min, Optional<Money> max, List<String> problems) {
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        range(operand).problems().forEach(messages::addErrorMessage);
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        Range range = range(operand);
        List<QueryLiteral> literals = new ArrayList<>();
        if (range.problems().isEmpty()) {
            for (long issueId : deals.dealsByAmount(range.min().orElseThrow(), range.max())) {
                literals.add(new QueryLiteral(operand, issueId));
            }
        }
        return literals;
    }

    private Range range(FunctionOperand operand) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return new Range(Optional.empty(), Optional.empty(), List.of(translator.text("salesteam.jql.dealsbyamount.usage")));
        }
        List<String> problems = new ArrayList<>();
        Optional<Money> min = parse(args.get(0), Optional.empty(), problems);
        Optional<Money> max = args.size() < 2 ? Optional.empty() : parse(args.get(1), min, problems);
        if (min.isPresent() && max.isPresent()) {
            if (!min.get().currency().equals(max.get().currency())) {
                problems.add(translator.text("salesteam.jql.dealsbyamount.currencies"));
            } else if (max.get().compareTo(min.get()) < 0) {
                problems.add(translator.text("salesteam.jql.dealsbyamount.order"));
            }
        }
        return new Range(min, max, problems);
    }

    /** Money text; without a code it takes the lower bound's currency, or the default currency. */
    private Optional<Money> parse(String text, Optional<Money> lowerBound, List<String> problems) {
        try {
            return Optional.of(MoneyText.parseInput(text,
                    () -> lowerBound.map(Money::currency).orElseGet(settings::defaultCurrency)));
        } catch (MoneyText.Refused refused) {
            FieldError error = MoneyInput.refusal("amount", refused, translator.locale());
            problems.add(translator.text(error.messageKey(), error.arguments().toArray()));
            return Optional.empty();
        }
    }
}
