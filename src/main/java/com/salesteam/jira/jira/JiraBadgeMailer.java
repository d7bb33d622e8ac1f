package com.salesteam.jira.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeNotifier;
import com.salesteam.jira.service.badge.BadgeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * E-mails each person their new badges, one message per person and run, in that person's language, through Jira's
 * mail queue (Jira sends it with its own mail server settings, or not at all when outgoing mail is off). Someone
 * without an e-mail address, inactive or unknown is skipped; a failure for one person is logged and skips only
 * them, since the badge is stored and stays unseen on their profile.
 */
public class JiraBadgeMailer implements BadgeNotifier {

    static final String TEMPLATE = "templates/email/badge-awarded.vm";
    private static final Logger LOG = LoggerFactory.getLogger(JiraBadgeMailer.class);

    private final UserManager userManager;
    private final I18nHelper.BeanFactory i18nFactory;
    private final TemplateRenderer templateRenderer;
    private final MailQueue mailQueue;
    private final ApplicationProperties applicationProperties;

    public JiraBadgeMailer(UserManager userManager, I18nHelper.BeanFactory i18nFactory,
                           TemplateRenderer templateRenderer, MailQueue mailQueue,
                           ApplicationProperties applicationProperties) {
        this.userManager = userManager;
        this.i18nFactory = i18nFactory;
        this.templateRenderer = templateRenderer;
        this.mailQueue = mailQueue;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void awarded(List<Badge> badges) {
        Map<String, List<Badge>> byPerson = new LinkedHashMap<>();
        badges.forEach(badge -> byPerson.computeIfAbsent(badge.award().personKey(), key -> new ArrayList<>())
                .add(badge));
        byPerson.forEach((person, theirs) -> {
            try {
                mail(person, theirs);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not queue the badge e-mail to {}: {}", person, e.getMessage());
            }
        });
    }

    private void mail(String person, List<Badge> badges) throws IOException {
        ApplicationUser user = userManager.getUserByKey(person);
        if (user == null || !user.isActive() || user.getEmailAddress() == null || user.getEmailAddress().isBlank()) {
            return;
        }
        Translator translator = translator(i18nFactory.getInstance(user));
        List<BadgeMailLine> lines = badges.stream().map(badge -> new BadgeMailLine(BadgeText.name(badge, translator),
                BadgeText.reason(badge, translator))).toList();
        String subject = badges.size() == 1
                ? translator.text("salesteam.mail.badge.subject", lines.get(0).getName())
                : translator.text("salesteam.mail.badge.subject.many", badges.size());
        Map<String, Object> context = new HashMap<>();
        context.put("greeting", translator.text("salesteam.mail.badge.greeting", user.getDisplayName()));
        context.put("intro", translator.text("salesteam.mail.badge.intro"));
        context.put("badges", lines);
        context.put("profileUrl", applicationProperties.getBaseUrl(UrlMode.ABSOLUTE) + "/secure/ViewProfile.jspa");
        context.put("profileLink", translator.text("salesteam.mail.badge.link"));
        StringWriter body = new StringWriter();
        templateRenderer.render(TEMPLATE, context, body);
        mailQueue.addItem(new SingleMailQueueItem(new Email(user.getEmailAddress()).setSubject(subject)
                .setBody(body.toString()).setMimeType("text/html")));
    }

    /** The recipient's Jira language as the app's translator (Jira's I18nHelper takes the arguments as an array). */
    private static Translator translator(I18nHelper i18n) {
        return new Translator() {
            @Override
            public String text(String key, Object... arguments) {
                return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, (Object) arguments);
            }

            @Override
            public Locale locale() {
                return i18n.getLocale();
            }
        };
    }
}
