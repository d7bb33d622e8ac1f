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
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.model.automation.DigestLine;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The digest through Jira's mail queue, in the recipient's language from Jira's i18n helper for that user. */
public class JiraDigestMailerTest {

    private static final Digest DIGEST = new Digest("li-key", "李伟", "2026-W20",
            List.of(new DigestLine("SALES-1", "李伟", ActionKind.COMMENTED, "")), List.of());

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private I18nHelper.BeanFactory i18nFactory;
    @Mock
    private I18nHelper chinese;
    @Mock
    private TemplateRenderer renderer;
    @Mock
    private MailQueue mailQueue;
    @Mock
    private ApplicationUser li;
    @Mock
    private ApplicationProperties applicationProperties;
    private JiraDigestMailer mailer;

    @Before
    public void setUp() throws Exception {
        when(userManager.getUserByKey("li-key")).thenReturn(li);
        when(li.isActive()).thenReturn(true);
        when(li.getEmailAddress()).thenReturn("li.wei@example.com");
        when(i18nFactory.getInstance(li)).thenReturn(chinese);
        // Jira's helper for a Chinese-speaking user: the app's zh_CN bundle, arguments as one array
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/salesteam", Locale.SIMPLIFIED_CHINESE);
        when(chinese.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);
        when(chinese.getText(anyString(), any(Object.class))).thenAnswer(call -> new java.text.MessageFormat(
                bundle.getString(call.getArgument(0)), Locale.SIMPLIFIED_CHINESE).format(call.getArgument(1)));
        // Jira's renderer is Velocity with HTML escaping, as the harness is
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            ((Writer) call.getArgument(2)).write(new VelocityHarness().render(call.getArgument(0), context));
            return null;
        }).when(renderer).render(anyString(), any(), any(Writer.class));
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        mailer = new JiraDigestMailer(userManager, i18nFactory, renderer, mailQueue, applicationProperties);
    }

    @Test
    public void theMailIsAnHtmlMailToTheRecipientInTheirLanguage() throws Exception {
        Email email = mailer.email(DIGEST);

        assertEquals("li.wei@example.com", email.getTo());
        assertEquals("您的 2026-W20 销售摘要", email.getSubject());
        assertEquals("text/html", email.getMimeType());
        assertEquals("UTF-8", email.getEncoding());
        assertTrue(email.getBody().contains("李伟，您好："));
        assertTrue(email.getBody().contains("<td>SALES-1</td>"));
        assertTrue(email.getBody().contains("<a href=\"https://jira.example.com/plugins/servlet/salesteam/digest\">"));
        verify(renderer).render(org.mockito.ArgumentMatchers.eq("templates/email/digest.vm"), any(), any(Writer.class));
    }

    @Test
    public void sendingPutsItOnJirasMailQueue() {
        mailer.send(DIGEST);
        verify(mailQueue).addItem(any(SingleMailQueueItem.class));
    }

    @Test
    public void someoneWithoutAnAddressIsRefusedAndNothingQueued() {
        when(li.getEmailAddress()).thenReturn(" ");
        assertThrows(IllegalStateException.class, () -> mailer.send(DIGEST));
        when(li.getEmailAddress()).thenReturn("li.wei@example.com");
        when(li.isActive()).thenReturn(false);
        assertThrows(IllegalStateException.class, () -> mailer.send(DIGEST));
        verify(mailQueue, never()).addItem(any());
    }
}
