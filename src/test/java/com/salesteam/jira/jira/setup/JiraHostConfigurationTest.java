package com.salesteam.jira.jira.setup;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraHostConfigurationTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectManager projectManager;
    @Mock
    private SearchService searchService;
    @Mock
    private Project zeta;
    @Mock
    private Project alpha;

    private JiraHostConfiguration host;

    @Before
    public void setUp() {
        host = new JiraHostConfiguration(projectManager, searchService, mock(JiraConfigObjects.class),
                mock(JiraScreens.class), mock(JiraProjectSchemes.class), new PropertiesTranslator(Locale.ENGLISH));
        project(zeta, 10001L, "ZETA", "Zeta <b>sales</b>");
        project(alpha, 10000L, "ALPHA", "Alpha");
    }

    @Test
    public void projectsAreListedByKey() {
        when(projectManager.getProjectObjects()).thenReturn(List.of(zeta, alpha));
        when(projectManager.getProjectObjByKey("ZETA")).thenReturn(zeta);

        assertEquals(List.of(new SetupProject(10000L, "ALPHA", "Alpha"), new SetupProject(10001L, "ZETA", "Zeta <b>sales</b>")),
                host.projects());
        assertEquals(Optional.of(new SetupProject(10001L, "ZETA", "Zeta <b>sales</b>")), host.project("ZETA"));
        assertEquals(Optional.empty(), host.project("NOPE"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void anIssueTypeIsInUseWhenTheProjectHasOneIssueOfIt() throws Exception {
        Query withDeals = mock(Query.class);
        Query withoutBugs = mock(Query.class);
        when(searchService.parseQuery(null, "project = 10001 AND issuetype = 10100"))
                .thenReturn(new SearchService.ParseResult(withDeals, new MessageSetImpl()));
        when(searchService.parseQuery(null, "project = 10001 AND issuetype = 1"))
                .thenReturn(new SearchService.ParseResult(withoutBugs, new MessageSetImpl()));
        SearchResults<Issue> one = mock(SearchResults.class);
        SearchResults<Issue> none = mock(SearchResults.class);
        when(one.getTotal()).thenReturn(1);
        when(searchService.searchOverrideSecurity(isNull(), eq(withDeals),
                argThat(pager -> pager.getStart() == 0 && pager.getMax() == 1))).thenReturn(one);
        when(searchService.searchOverrideSecurity(isNull(), eq(withoutBugs), any(PagerFilter.class))).thenReturn(none);

        assertEquals(Set.of("10100"), host.issueTypesInUse(new SetupProject(10001L, "ZETA", "Zeta"), List.of("10100", "1")));
    }

    @Test
    public void aCopyNameThatIsTakenGetsTheNextNumber() {
        Set<String> taken = Set.of("SALES: workflows", "SALES: workflows (2)");

        assertEquals("SALES: workflows (3)", JiraHostConfiguration.uniqueName("SALES: workflows", taken::contains));
        assertEquals("APAC: workflows", JiraHostConfiguration.uniqueName("APAC: workflows", taken::contains));
    }

    private static void project(Project project, long id, String key, String name) {
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
    }
}
