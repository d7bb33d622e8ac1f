package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.Translator;

/** A badge's name and reason in the viewer's language; the reason names the period or the deal, never an amount. */
public final class BadgeText {

    private BadgeText() {
    }

    public static String name(Badge badge, Translator translator) {
        return translator.text("salesteam.badge." + badge.award().kind().key() + ".name");
    }

    public static String reason(Badge badge, Translator translator) {
        String deal = badge.dealKey().orElseGet(() -> translator.text("salesteam.badge.deal.unknown"));
        return translator.text("salesteam.badge." + badge.award().kind().key() + ".reason",
                badge.award().occasion(), deal);
    }
}
