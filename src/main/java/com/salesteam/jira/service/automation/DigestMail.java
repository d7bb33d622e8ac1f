package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.model.automation.DigestLine;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The digest e-mail's template, subject and Velocity context, in the language of the translator given. */
public final class DigestMail {

    public static final String TEMPLATE = "templates/email/digest.vm";
    /** The page where each person switches the digest off (or on again) for themselves, under Jira's base URL. */
    public static final String PREFERENCES_PATH = "/plugins/servlet/salesteam/digest";

    private DigestMail() {
    }

    public static String subject(Digest digest, Translator translator) {
        return translator.text("salesteam.digest.subject", digest.weekKey());
    }

    /** {@code baseUrl} is Jira's, so the mail links to the recipient's digest preferences page. */
    public static Map<String, Object> context(Digest digest, Translator translator, String baseUrl) {
        Map<String, Object> context = new HashMap<>();
        context.put("preferencesUrl", baseUrl + PREFERENCES_PATH);
        context.put("i18n", new PageI18n(translator));
        context.put("recipientName", digest.recipientName());
        context.put("weekKey", digest.weekKey());
        context.put("stale", rows(digest.stale(), translator));
        context.put("hasStale", !digest.stale().isEmpty());
        context.put("slipped", rows(digest.slipped(), translator));
        context.put("hasSlipped", !digest.slipped().isEmpty());
        return context;
    }

    private static List<DigestRow> rows(List<DigestLine> lines, Translator translator) {
        return lines.stream().map(line -> new DigestRow(line.issueKey(), line.ownerName(),
                translator.text("salesteam.digest.kind." + line.kind().name().toLowerCase(Locale.ROOT)),
                line.detail())).toList();
    }
}
