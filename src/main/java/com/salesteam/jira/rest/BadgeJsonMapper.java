package com.salesteam.jira.rest;

import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeText;

import java.util.LinkedHashMap;
import java.util.Map;

/** A badge as JSON: kind, name and reason in the viewer's language, occasion, deal key, when, and whether new. */
final class BadgeJsonMapper {

    private BadgeJsonMapper() {
    }

    static Map<String, Object> json(Badge badge, Translator translator) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", badge.award().kind().key());
        json.put("name", BadgeText.name(badge, translator));
        json.put("reason", BadgeText.reason(badge, translator));
        json.put("occasion", badge.award().occasion());
        json.put("dealKey", badge.dealKey().orElse(null));
        json.put("awardedAt", badge.awardedAt().toString());
        json.put("new", !badge.seen());
        return json;
    }
}
