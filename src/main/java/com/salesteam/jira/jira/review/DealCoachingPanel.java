package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.review.CoachingService;
import com.salesteam.jira.service.review.ReviewVisibility;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The coaching panel of a Deal: its owner's revenue attainment in the period of the expected close date (today's
 * period without one), from the attainment cache the Quota Attainment field reads, shown to the owner, their
 * managers and admins; and the coaching actions about the deal from the coaching store (one indexed read, never an
 * issue search), each shown only to whom may see the coached rep's coaching. Everything is decided on the server
 * for every view; the template escapes every value.
 */
public class DealCoachingPanel implements ContextProvider {

    private final DealIssueReader deals;
    private final AttainmentCache attainments;
    private final CoachingService coaching;
    private final ReviewVisibility visibility;
    private final CurrentUser currentUser;
    private final Translator translator;
    private final ApplicationProperties applicationProperties;
    private final DealAmountAccess amounts;

    public DealCoachingPanel(DealIssueReader deals, AttainmentCache attainments, CoachingService coaching,
                             ReviewVisibility visibility, CurrentUser currentUser, Translator translator,
                             ApplicationProperties applicationProperties, DealAmountAccess amounts) {
        this.amounts = amounts;
        this.deals = deals;
        this.attainments = attainments;
        this.coaching = coaching;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.translator = translator;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the panel depends on the deal and the viewer
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        PageI18n i18n = new PageI18n(translator);
        result.put("i18n", i18n);
        result.put("shown", false);
        result.put("attainment", "");
        result.put("attainmentDetail", "");
        result.put("actions", List.of());
        result.put("hasActions", false);
        result.put("browseUrl", "");
        Object found = context.get("issue");
        Optional<Caller> viewer = currentUser.caller();
        if (!(found instanceof Issue deal) || !deals.isDeal(deal) || deal.getId() == null || viewer.isEmpty()) {
            return result;
        }
        LocalDate today = coaching.today();
        Optional<String> owner = Optional.ofNullable(deal.getAssignee()).map(ApplicationUser::getKey);
        owner.map(key -> attainments.get(key, deals.expectedClose(deal).orElse(today)))
                .filter(value -> value.visibleTo(viewer.get().userKey(), viewer.get().admin()))
                .ifPresent(value -> putAttainment(result, value, i18n, amounts.browsesEveryProject(viewer.get())));
        Predicate<String> seen = visibility.seenByViewer();
        List<CoachingAction> actions = coaching.forDeal(deal.getId()).stream()
                .filter(action -> action.repKey().filter(seen).isPresent()).toList();
        result.put("actions", actions.stream().map(action -> row(action, today, i18n)).toList());
        result.put("hasActions", !actions.isEmpty());
        result.put("browseUrl", applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/browse/");
        result.put("shown", !actions.isEmpty() || !"".equals(result.get("attainment")));
        return result;
    }

    private void putAttainment(Map<String, Object> result, RepAttainment value, PageI18n i18n, boolean amountsShown) {
        if (value.attainment().isEmpty()) {
            result.put("attainment", i18n.text("salesteam.panel.deal.noquota", value.periodKey()));
            return;
        }
        Attainment attainment = value.attainment().get();
        result.put("attainment", attainment.percent().map(percent -> i18n.text("salesteam.field.attainment.percent",
                percent.toPlainString())).orElse(i18n.text("salesteam.panel.deal.noquota", value.periodKey())));
        if (!amountsShown) {
            // the sums count deals of projects this viewer may not open
            return;
        }
        result.put("attainmentDetail", i18n.text("salesteam.field.attainment.detail",
                units(value, attainment.closedUnits()), units(value, attainment.quotaUnits()), value.periodKey(),
                units(value, attainment.gapUnits()), attainment.pacePercent().toPlainString()));
    }

    private String units(RepAttainment value, long units) {
        Locale locale = translator.locale();
        return value.currency().map(code -> Money.ofMinor(units, Currency.getInstance(code)).format(locale))
                .orElse(String.valueOf(units));
    }

    private static PanelCoachingRow row(CoachingAction action, LocalDate today, PageI18n i18n) {
        return new PanelCoachingRow(action.issueKey(), action.summary(), action.kind(),
                i18n.text("salesteam.panel.deal.state." + action.state().name().toLowerCase(Locale.ROOT)),
                action.due().map(LocalDate::toString).orElse(""), action.overdue(today));
    }
}
