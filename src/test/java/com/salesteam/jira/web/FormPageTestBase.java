package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

/**
 * Jira around a page that posts a form, for the page's servlet tests: a request for the page under the context path
 * /jira, XSRF token "token-1" in parameter "atl_token", and a template renderer that renders with real Velocity into
 * {@link #written}. The test's own {@code @Mock} fields are filled by the same rule.
 */
public abstract class FormPageTestBase {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    protected TemplateRenderer renderer;
    @Mock
    protected LoginUriProvider loginUriProvider;
    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    protected PageBuilderService pageBuilderService;
    @Mock
    protected XsrfTokenValidator xsrfValidator;
    @Mock
    protected XsrfTokenAccessor xsrfAccessor;
    @Mock
    protected HttpServletRequest request;
    @Mock
    protected HttpServletResponse response;

    protected final StringWriter written = new StringWriter();

    /** The page's path below the context path. */
    protected abstract String path();

    @Before
    public void setUpPage() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        // as a servlet container does: a new buffer each call
        when(request.getRequestURL()).thenAnswer(call -> new StringBuffer("http://x/jira" + path()));
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfAccessor.getXsrfToken(request, response, true)).thenReturn("token-1");
        VelocityHarness velocity = new VelocityHarness();
        doAnswer(call -> {
            ((Writer) call.getArgument(2)).write(velocity.render(call.getArgument(0), call.getArgument(1)));
            return null;
        }).when(renderer).render(anyString(), any(Map.class), any(Writer.class));
    }
}
