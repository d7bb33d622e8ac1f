package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.review.ReviewSnapshot;
import com.salesteam.jira.model.review.SnapshotKpi;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.review.ReviewSnapshotService;
import com.salesteam.jira.service.review.ReviewVisibility;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review snapshot on a Performance Review issue: the figures taken when it reached the manager. Shown only to
 * the reviewee, their managers and administrators, decided here on the server for every view (one read of the
 * snapshot, one of the teams); everyone else, and a review without a snapshot, gets an empty panel.
 */
public class ReviewSnapshotPanel implements ContextProvider {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ReviewSnapshotService snapshots;
    private final ReviewVisibility visibility;
    private final Translator translator;
    private final DealAmountAccess amounts;

    public ReviewSnapshotPanel(ReviewSnapshotService snapshots, ReviewVisibility visibility, Translator translator,
                               DealAmountAccess amounts) {
        this.amounts = amounts;
        this.snapshots = snapshots;
        this.visibility = visibility;
        this.translator = translator;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the panel depends on the issue and the viewer
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        PageI18n i18n = new PageI18n(translator);
        result.put("i18n", i18n);
        result.put("shown", false);
        result.put("lines", List.of());
        result.put("kpis", List.of());
        result.put("hasKpis", false);
        Object issue = context.get("issue");
        if (!(issue instanceof Issue review) || review.getId() == null) {
            return result;
        }
        Optional<ReviewSnapshot> found = snapshots.find(review.getId());
        Optional<Caller> viewer = found.flatMap(snapshot -> visibility.viewerOf(snapshot.revieweeKey()));
        if (found.isEmpty() || viewer.isEmpty()) {
            return result;
        }
        ReviewSnapshot snapshot = found.get();
        // the amounts behind the percentage only for a viewer who may open every deal they sum
        boolean amountsShown = amounts.browsesEveryProject(viewer.get());
        Locale locale = translator.locale();
        List<PanelLine> lines = new ArrayList<>();
        lines.add(new PanelLine(i18n.text("salesteam.panel.snapshot.period"), snapshot.periodKey()));
        lines.add(new PanelLine(i18n.text("salesteam.panel.snapshot.taken"),
                DAY.format(snapshot.takenAt().atOffset(ZoneOffset.UTC)) + " UTC"));
        lines.add(new PanelLine(i18n.text("salesteam.panel.snapshot.attainment"), snapshot.attainmentPercent()
                .map(percent -> amountsShown ? i18n.text("salesteam.panel.snapshot.attainment.value",
                        percent.toPlainString(), units(snapshot.closedUnits(), snapshot.currency(), locale),
                        units(snapshot.quotaUnits(), snapshot.currency(), locale))
                        : i18n.text("salesteam.field.attainment.percent", percent.toPlainString()))
                .orElse(i18n.text("salesteam.panel.snapshot.noquota"))));
        lines.add(new PanelLine(i18n.text("salesteam.panel.snapshot.score"), snapshot.score()
                .map(BigDecimal::toPlainString).orElse(i18n.text("salesteam.panel.snapshot.notmeasured"))));
        lines.add(new PanelLine(i18n.text("salesteam.panel.snapshot.accuracy"), snapshot.forecastAccuracy().percent()
                .map(percent -> percent.toPlainString() + " %")
                .orElse(i18n.text(snapshot.forecastAccuracy().reasonKey()))));
        List<PanelKpi> kpis = new ArrayList<>();
        for (SnapshotKpi kpi : snapshot.kpis()) {
            kpis.add(new PanelKpi(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? kpi.nameZh() : kpi.nameEn(),
                    kpi.actual().map(BigDecimal::toPlainString).orElse(i18n.text("salesteam.panel.snapshot.notmeasured")),
                    kpi.benchmark().toPlainString(), kpi.points().map(BigDecimal::toPlainString).orElse("-")));
        }
        result.put("shown", true);
        result.put("lines", lines);
        result.put("kpis", kpis);
        result.put("hasKpis", !kpis.isEmpty());
        return result;
    }

    /** Money in minor units of the quota's currency, or a count when the quota has none. */
    private static String units(long units, Optional<String> currency, Locale locale) {
        return currency.map(code -> Money.ofMinor(units, Currency.getInstance(code)).format(locale))
                .orElse(String.valueOf(units));
    }
}
