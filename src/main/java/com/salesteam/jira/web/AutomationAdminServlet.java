package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.Translator;

/** Administration › Sales Team Manager › Automation. */
public class AutomationAdminServlet extends AdminPageServlet {

    private static final long serialVersionUID = 1L;

    public AutomationAdminServlet(CurrentUser currentUser, AutomationAdminPage page, Translator translator,
                                  TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                                  PageBuilderService pageBuilderService) {
        super(currentUser, page, translator, renderer, loginUriProvider, pageBuilderService);
    }
}
