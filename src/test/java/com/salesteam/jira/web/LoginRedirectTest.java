package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.net.URI;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class LoginRedirectTest {

    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    public void theVisitorComesBackToThePageAndItsQuery() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://x/jira/plugins/servlet/salesteam/page"));
        when(request.getQueryString()).thenReturn("rep=ann");
        when(loginUriProvider.getLoginUri(URI.create("http://x/jira/plugins/servlet/salesteam/page?rep=ann")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=page%3Frep%3Dann"));

        LoginRedirect.send(loginUriProvider, request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=page%3Frep%3Dann");
    }

    @Test
    public void aPageWithoutAQueryGetsNoQuestionMark() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://x/jira/plugins/servlet/salesteam/page"));
        when(loginUriProvider.getLoginUri(URI.create("http://x/jira/plugins/servlet/salesteam/page")))
                .thenReturn(URI.create("/jira/login.jsp"));

        LoginRedirect.send(loginUriProvider, request, response);

        verify(response).sendRedirect("/jira/login.jsp");
    }
}
