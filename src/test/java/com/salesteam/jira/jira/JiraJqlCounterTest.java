package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.OptionalLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** JQL counted as the person: their own search, never an anonymous or a security-free one. */
public class JiraJqlCounterTest {

    private static final String JQL = "assignee = currentUser()";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private SearchService searchService;
    @Mock
    private UserManager userManager;
    @Mock
    private ApplicationUser ann;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;
    @Mock
    private MessageSet errors;

    private JiraJqlCounter counter;

    @Before
    public void setUp() {
        when(ann.isActive()).thenReturn(true);
        when(userManager.getUserByKey("ann")).thenReturn(ann);
        when(noErrors.hasAnyErrors()).thenReturn(false);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(searchService.parseQuery(ann, JQL)).thenReturn(new SearchService.ParseResult(query, noErrors));
        counter = new JiraJqlCounter(searchService, userManager);
    }

    @Test
    public void countsWithThePersonsOwnSearch() throws Exception {
        when(searchService.searchCount(ann, query)).thenReturn(12L);

        assertEquals(OptionalLong.of(12), counter.count("ann", JQL));
    }

    @Test
    public void unknownOrInactivePeopleAndBadQueriesAreNotCounted() throws Exception {
        assertEquals(OptionalLong.empty(), counter.count("nobody", JQL));
        when(ann.isActive()).thenReturn(false);
        assertEquals(OptionalLong.empty(), counter.count("ann", JQL));
        when(ann.isActive()).thenReturn(true);
        when(searchService.parseQuery(ann, "bad ((")).thenReturn(new SearchService.ParseResult(null, errors));
        assertEquals(OptionalLong.empty(), counter.count("ann", "bad (("));
        verify(searchService, never()).searchCount(ann, null);
    }

    @Test
    public void aFailingSearchIsAnErrorForTheRunToLogAndSkip() throws Exception {
        when(searchService.searchCount(ann, query)).thenThrow(new SearchException("index down"));

        assertThrows(IllegalStateException.class, () -> counter.count("ann", JQL));
    }
}
