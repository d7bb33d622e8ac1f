package com.salesteam.jira.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.io.Serializable;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

public class SalTranslatorTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private I18nResolver resolver;
    @Mock
    private JiraAuthenticationContext authenticationContext;

    @Test
    public void passesArgumentsAsSerializableAndReportsTheUsersLocale() {
        when(resolver.getText(eq("salesteam.error.team.notfound"), any(Serializable[].class))).thenAnswer(call -> {
            Object[] arguments = call.getArguments();
            return "no team " + arguments[1] + " / " + arguments[2];
        });
        when(authenticationContext.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);
        SalTranslator translator = new SalTranslator(resolver, authenticationContext);

        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "plain";
            }
        };
        assertEquals("no team 7 / plain", translator.text("salesteam.error.team.notfound", 7L, notSerializable));
        assertEquals(Locale.SIMPLIFIED_CHINESE, translator.locale());
    }
}
