package com.salesteam.jira.web;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.service.badge.BadgeText;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The badges panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}; Jira puts the profile's
 * owner in the context as {@code profileUser}). Shown to the person, their managers and admins; anyone else gets
 * an empty panel. The person sees their new badges marked, with a button that marks them seen: the app's
 * notification of an award. Award days are those of the viewer's Jira time zone.
 */
public class BadgeProfilePanelContextProvider implements ContextProvider {

    static final String RESOURCE_CONTEXT = "salesteam-badges";

    private final BadgeService badges;
    private final CurrentUser currentUser;
    private final Translator translator;
    private final PageBuilderService pageBuilderService;
    private final TimeZoneManager timeZoneManager;

    public BadgeProfilePanelContextProvider(BadgeService badges, CurrentUser currentUser, Translator translator,
                                            PageBuilderService pageBuilderService, TimeZoneManager timeZoneManager) {
        this.badges = badges;
        this.currentUser = currentUser;
        this.translator = translator;
        this.pageBuilderService = pageBuilderService;
        this.timeZoneManager = timeZoneManager;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: everything depends on the profile and the viewer
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("i18n", new PageI18n(translator));
        result.put("visible", false);
        result.put("badges", List.of());
        result.put("hasBadges", false);
        result.put("newCount", 0);
        Optional<Caller> caller = currentUser.caller();
        Object profileUser = context.get("profileUser");
        if (caller.isEmpty() || !(profileUser instanceof ApplicationUser user) || user.getKey() == null) {
            return result;
        }
        List<Badge> found;
        try {
            found = badges.badgesOf(user.getKey());
        } catch (ServiceException refused) {
            return result;
        }
        boolean own = caller.get().userKey().equals(user.getKey());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(translator.locale())
                .withZone(timeZoneManager.getLoggedInUserTimeZone().toZoneId());
        List<BadgeRow> rows = found.stream().map(badge -> new BadgeRow(badge.award().kind().key(),
                BadgeText.name(badge, translator), BadgeText.reason(badge, translator),
                translator.text("salesteam.panel.badges.awarded", day.format(badge.awardedAt())),
                own && !badge.seen())).toList();
        result.put("visible", true);
        result.put("badges", rows);
        result.put("hasBadges", !rows.isEmpty());
        result.put("newCount", rows.stream().filter(BadgeRow::isFresh).count());
        pageBuilderService.assembler().resources().requireContext(RESOURCE_CONTEXT);
        return result;
    }
}
