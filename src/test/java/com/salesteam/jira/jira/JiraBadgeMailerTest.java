package com.salesteam.jira.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The award e-mail: queued on Jira's mail queue, one per person, in the recipient's language, values escaped. */
public class JiraBadgeMailerTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private UserManager userManager;
    @Mock
    private I18nHelper.BeanFactory i18nFactory;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private MailQueue mailQueue;
    @Mock
    private ApplicationProperties applicationProperties;

    private JiraBadgeMailer mailer;

    @Before
    public void setUp() throws Exception {
        VelocityHarness velocity = new VelocityHarness();
        doAnswer(call -> {
            call.<Writer>getArgument(2).write(velocity.render(call.getArgument(0), call.getArgument(1)));
            return null;
        }).when(templateRenderer).render(anyString(), any(Map.class), any(Writer.class));
        when(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example.com");
        user("ann", "Ann <b>Lee</b>" + XSS, "ann@example.com", Locale.ENGLISH);
        user("li.wei", "李伟", "li.wei@example.com", Locale.SIMPLIFIED_CHINESE);
        user("nomail", "No Mail", "", Locale.ENGLISH);
        mailer = new JiraBadgeMailer(userManager, i18nFactory, templateRenderer, mailQueue, applicationProperties);
    }

    private void user(String key, String name, String email, Locale locale) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(true);
        when(userManager.getUserByKey(key)).thenReturn(user);
        when(i18nFactory.getInstance(user)).thenReturn(i18n(new PropertiesTranslator(locale)));
    }

    /** Jira's I18nHelper over the app's bundles: arguments come as one array, as Jira takes them. */
    private static I18nHelper i18n(PropertiesTranslator translator) {
        return new I18nHelper() {
            @Override
            public Locale getLocale() {
                return translator.locale();
            }

            @Override
            public String getText(String key) {
                return translator.text(key);
            }

            @Override
            public String getText(String key, String value1) {
                return translator.text(key, value1);
            }

            @Override
            public String getText(String key, String value1, String value2) {
                return translator.text(key, value1, value2);
            }

            @Override
            public String getText(String key, Object parameters) {
                return translator.text(key, (Object[]) parameters);
            }
        };
    }

    private static Badge badge(String person, BadgeKind kind, String occasion, Optional<String> deal) {
        return new Badge(new Award(person, kind, occasion, deal.map(key -> 7L)), deal, Instant.EPOCH, false);
    }

    private List<Email> queued(int count) {
        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(mailQueue, times(count)).addItem(items.capture());
        return items.getAllValues().stream().map(item -> ((SingleMailQueueItem) item).getEmail()).toList();
    }

    @Test
    public void oneHtmlMailPerPersonInTheirLanguageWithNamesEscaped() {
        mailer.awarded(List.of(
                badge("ann", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                badge("li.wei", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 CNY", Optional.of("SALES-7")),
                badge("ann", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of("SALES-" + XSS))));

        List<Email> mails = queued(2);
        Email ann = mails.get(0);
        assertEquals("ann@example.com", ann.getTo());
        assertEquals("text/html", ann.getMimeType());
        assertEquals("You earned 2 badges", ann.getSubject());
        assertTrue(ann.getBody(), ann.getBody().contains("Hello Ann &lt;b&gt;Lee&lt;/b&gt;&lt;script&gt;"));
        assertTrue(ann.getBody(), ann.getBody().contains("<strong>Quota met</strong>"));
        assertTrue(ann.getBody(), ann.getBody().contains("100 % of the revenue quota in FY2026-Q2."));
        assertTrue(ann.getBody(), ann.getBody().contains("Won SALES-&lt;script&gt;"));
        assertFalse("no script element from data", ann.getBody().contains("<script"));
        assertTrue(ann.getBody(), ann.getBody().contains("href=\"https://jira.example.com/secure/ViewProfile.jspa\""));

        Email li = mails.get(1);
        assertEquals("您获得了一枚徽章：本季度最大交易", li.getSubject());
        assertTrue(li.getBody(), li.getBody().contains("赢得 SALES-7，为 FY2026-Q1 CNY 最大的一笔交易。"));
    }

    @Test
    public void peopleWithoutAnAddressOrUnknownAreSkippedAndOneFailureSkipsOnlyThatPerson() {
        when(userManager.getUserByKey("broken")).thenThrow(new IllegalStateException("directory down"));

        mailer.awarded(List.of(badge("nomail", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                badge("gone", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                badge("broken", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                badge("ann", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty())));

        List<Email> mails = queued(1);
        assertEquals("ann@example.com", mails.get(0).getTo());
        assertEquals("You earned a badge: Quota met", mails.get(0).getSubject());
    }

    @Test
    public void nothingAwardedQueuesNothing() {
        mailer.awarded(List.of());
        verify(mailQueue, never()).addItem(any());
    }
}
