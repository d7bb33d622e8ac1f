package com.salesteam.jira.web;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.commission.BandShare;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.commission.CommissionService;
import com.salesteam.jira.service.commission.RepStatement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commission statement page: one rep's statement for one period, every figure explained. A rep sees their own;
 * a manager may pick anyone in the teams they manage; the service decides who may read whose, this page only
 * offers the choices that make sense and shows the service's refusal as a message.
 */
public class CommissionStatementPage {

    public static final String TEMPLATE = "templates/commission-statement.vm";

    /** Quarters offered: this one and the four before it (statements of the future have nothing in them). */
    private static final int QUARTERS_BACK = 4;

    private final CommissionService commission;
    private final TeamService teams;
    private final PeriodService periods;
    private final UserDirectory users;
    private final Translator translator;

    public CommissionStatementPage(CommissionService commission, TeamService teams, PeriodService periods,
                                   UserDirectory users, Translator translator) {
        this.commission = commission;
        this.teams = teams;
        this.periods = periods;
        this.users = users;
        this.translator = translator;
    }

    /** {@code repKey} and {@code periodKey} as asked for ("" for the caller and the current quarter). */
    public Map<String, Object> context(Caller caller, String repKey, String periodKey, String contextPath) {
        String rep = repKey.isBlank() ? caller.userKey() : repKey.strip();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("reps", reps(caller, rep));
        context.put("rep", rep);

        Period current = periods.containing("quarter", "");
        List<GadgetOption> quarters = new ArrayList<>();
        Period quarter = current;
        for (int i = 0; i <= QUARTERS_BACK; i++, quarter = quarter.previous()) {
            quarters.add(new GadgetOption(quarter.key(), quarter.label(translator.locale())));
        }
        context.put("periods", quarters);
        context.put("period", current.key());
        try {
            RepStatement statement = commission.statement(rep, periodKey.strip());
            Period shown = periods.byKey(statement.periodKey());
            if (quarters.stream().noneMatch(option -> option.getValue().equals(shown.key()))) {
                quarters.add(0, new GadgetOption(shown.key(), shown.label(translator.locale())));
            }
            context.put("period", shown.key());
            context.put("periodLabel", shown.label(translator.locale()));
            context.put("repName", statement.repName());
            context.put("closed", statement.closed());
            context.put("otherCurrencyDeals", statement.otherCurrencyDeals());
            context.put("csvUrl", contextPath + "/rest/salesteam/1.0/commission/statement/rep/"
                    + URLEncoder.encode(rep, StandardCharsets.UTF_8).replace("+", "%20") + "/csv?period="
                    + URLEncoder.encode(shown.key(), StandardCharsets.UTF_8));
            statement.statement().ifPresent(figures -> explain(statement, figures, contextPath, context));
            List<CommissionClawbackGroup> groups = clawbackGroups(statement, contextPath);
            context.put("clawbackGroups", groups);
            context.put("hasClawbackGroups", !groups.isEmpty());
        } catch (ServiceException refused) {
            context.put("error", refused.fieldErrors().isEmpty()
                    ? translator.text(refused.messageKey(), refused.arguments().toArray())
                    : translator.text(refused.fieldErrors().get(0).messageKey(),
                    refused.fieldErrors().get(0).arguments().toArray()));
        }
        return context;
    }

    /** The caller first, then the people of the teams they manage (everyone in a team, for an admin). */
    private List<GadgetOption> reps(Caller caller, String picked) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.list());
        Map<String, String> people = new LinkedHashMap<>();
        for (Team team : hierarchy.all()) {
            if (caller.admin() || hierarchy.manages(caller.userKey(), team.id())) {
                for (String member : hierarchy.rollUpMembers(team.id())) {
                    people.put(member, name(member));
                }
            }
        }
        people.remove(caller.userKey());
        List<GadgetOption> options = new ArrayList<>();
        options.add(new GadgetOption(caller.userKey(), caller.displayName()));
        people.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getValue().toLowerCase(translator.locale())))
                .forEach(entry -> options.add(new GadgetOption(entry.getKey(), entry.getValue())));
        if (options.stream().noneMatch(option -> option.getValue().equals(picked))) {
            options.add(new GadgetOption(picked, name(picked)));
        }
        return options;
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    private void explain(RepStatement rep, Statement statement, String contextPath, Map<String, Object> context) {
        NumberFormat money = money(statement);
        NumberFormat decimal = NumberFormat.getNumberInstance(translator.locale());
        decimal.setMaximumFractionDigits(4);
        List<CommissionLineRow> lines = rows(rep, statement, contextPath);
        context.put("plan", statement.plan().name());
        context.put("planKind", translator.text(statement.plan().basis() == TierBasis.ATTAINMENT
                ? "salesteam.commission.kind.retroactive-tiers.attainment"
                : "salesteam.commission.kind." + statement.plan().kind().key()));
        context.put("currency", statement.plan().currency().getCurrencyCode());
        context.put("lines", lines);
        context.put("noLines", lines.isEmpty());
        context.put("credited", format(statement.credited(), money));
        context.put("earned", format(statement.earned(), money));
        context.put("clawedBack", format(statement.clawedBack(), money));
        context.put("net", format(statement.net(), money));
        context.put("attainment", statement.attainment().map(decimal::format).orElse(""));
        context.put("payout", statement.payout().map(decimal::format).orElse(""));
        context.put("targetIncentive", statement.targetIncentive().map(target -> format(target, money)).orElse(""));
        // a plan paid on attainment with no revenue quota of the period in its currency pays nothing: say so, not 0
        context.put("noQuota", statement.plan().readsQuota() && statement.attainment().isEmpty());
    }

    /** Clawbacks of deals paid earlier in a currency no plan of the period pays in, one group per currency. */
    private List<CommissionClawbackGroup> clawbackGroups(RepStatement rep, String contextPath) {
        List<CommissionClawbackGroup> groups = new ArrayList<>();
        for (Statement statement : rep.clawbacks()) {
            groups.add(new CommissionClawbackGroup(statement.plan().currency().getCurrencyCode(),
                    statement.plan().name(), rows(rep, statement, contextPath),
                    format(statement.net(), money(statement))));
        }
        return groups;
    }

    private NumberFormat money(Statement statement) {
        NumberFormat money = NumberFormat.getNumberInstance(translator.locale());
        int digits = statement.plan().currency().getDefaultFractionDigits();
        money.setMinimumFractionDigits(digits);
        money.setMaximumFractionDigits(digits);
        return money;
    }

    private List<CommissionLineRow> rows(RepStatement rep, Statement statement, String contextPath) {
        NumberFormat money = money(statement);
        NumberFormat decimal = NumberFormat.getNumberInstance(translator.locale());
        decimal.setMaximumFractionDigits(4);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(translator.locale());
        List<CommissionLineRow> lines = new ArrayList<>();
        String hidden = translator.text("salesteam.commission.deal.hidden");
        for (StatementLine line : statement.lines()) {
            boolean clawback = line.kind() == StatementLine.Kind.CLAWBACK;
            List<String> bands = line.bands().stream().map(band -> band(band, money, decimal)).toList();
            // a deal the viewer may not browse is named as hidden, without its key or a link
            Optional<String> key = rep.dealKey(line.dealId());
            lines.add(new CommissionLineRow(clawback, key.orElse(hidden),
                    key.map(k -> contextPath + "/browse/" + URLEncoder.encode(k, StandardCharsets.UTF_8)).orElse(""),
                    line.closedOn().map(dates::format).orElse(""), format(line.credit(), money), bands,
                    decimal.format(line.rate()), format(line.commission(), money),
                    line.paidPeriod().map(this::periodLabel).orElse("")));
        }
        return lines;
    }

    private String band(BandShare band, NumberFormat money, NumberFormat decimal) {
        if (band.basis() == TierBasis.ATTAINMENT) {
            // a band of attainment is named by its % range; the share of credit is still money
            String upTo = band.to().map(decimal::format).orElse("");
            return translator.text(upTo.isEmpty() ? "salesteam.commission.statement.band.attainment.open"
                            : "salesteam.commission.statement.band.attainment", band.band(), decimal.format(band.from()),
                    upTo, decimal.format(band.rate()), format(band.portion(), money));
        }
        String to = band.to().map(money::format).orElse("");
        return translator.text(to.isEmpty() ? "salesteam.commission.statement.band.open" : "salesteam.commission.statement.band",
                band.band(), money.format(band.from()), to, decimal.format(band.rate()), format(band.portion(), money));
    }

    private String periodLabel(String key) {
        try {
            return periods.byKey(key).label(translator.locale());
        } catch (ServiceException unknown) {
            return key;
        }
    }

    private static String format(Money amount, NumberFormat money) {
        return money.format(amount.amount());
    }
}
