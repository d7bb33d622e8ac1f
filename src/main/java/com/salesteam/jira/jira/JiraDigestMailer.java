package com.salesteam.jira.jira;

import com.atlassian.jira.mail.Email;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.automation.DigestMail;
import com.salesteam.jira.service.automation.DigestMailer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The digest through Jira's mail queue: rendered by Jira's template renderer (Velocity, HTML-escaping) in the
 * recipient's own language (their Jira profile's, through Jira's i18n helper for that user), as an HTML e-mail to
 * their address; Jira's Email fills in the configured sender.
 */
public class JiraDigestMailer implements DigestMailer {

    private final UserManager userManager;
    private final I18nHelper.BeanFactory i18nFactory;
    private final TemplateRenderer renderer;
    private final MailQueue mailQueue;
    private final ApplicationProperties applicationProperties;

    public JiraDigestMailer(UserManager userManager, I18nHelper.BeanFactory i18nFactory, TemplateRenderer renderer,
                            MailQueue mailQueue, ApplicationProperties applicationProperties) {
        this.userManager = userManager;
        this.i18nFactory = i18nFactory;
        this.renderer = renderer;
        this.mailQueue = mailQueue;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void send(Digest digest) {
        mailQueue.addItem(new SingleMailQueueItem(email(digest)));
    }

    Email email(Digest digest) {
        ApplicationUser user = userManager.getUserByKey(digest.recipientKey());
        if (user == null || !user.isActive() || user.getEmailAddress() == null || user.getEmailAddress().isBlank()) {
            throw new IllegalStateException(digest.recipientKey() + " is not an active user with an e-mail address");
        }
        Translator translator = new HelperTranslator(i18nFactory.getInstance(user));
        StringWriter body = new StringWriter();
        try {
            renderer.render(DigestMail.TEMPLATE, DigestMail.context(digest, translator,
                    applicationProperties.getBaseUrl(UrlMode.CANONICAL)), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Email email = new Email(user.getEmailAddress());
        email.setSubject(DigestMail.subject(digest, translator)).setBody(body.toString()).setMimeType("text/html")
                .setEncoding("UTF-8");
        return email;
    }

    /** Jira's i18n helper of one user as the app's translator (the helper takes the arguments as one array). */
    private record HelperTranslator(I18nHelper helper) implements Translator {

        @Override
        public String text(String key, Object... arguments) {
            return helper.getText(key, arguments);
        }

        @Override
        public Locale locale() {
            return helper.getLocale();
        }
    }
}
