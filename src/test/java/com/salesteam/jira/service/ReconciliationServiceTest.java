package com.salesteam.jira.service;

import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.ReconciliationStatus;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReconciliationServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class);
    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ReconciliationTrigger trigger;
    @Mock
    private CurrentUser currentUser;

    private ReconciliationService service;

    @Before
    public void setUp() {
        ReconciliationStatus status = new ReconciliationStatus(db.ao());
        status.finished("2026-11-26T02:00:00Z", "recorded 10 of 10 deals, removed 0");
        service = new ReconciliationService(status, trigger, currentUser);
    }

    @Test
    public void adminsSeeTheLastRunAndStartOne() {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));

        ReconciliationService.Status status = service.runNow();

        verify(trigger).runNow();
        assertEquals(Optional.of("2026-11-26T02:00:00Z"), status.lastFinished());
        assertEquals(Optional.of("recorded 10 of 10 deals, removed 0"), status.lastResult());
    }

    @Test
    public void managersAndAnonymousAreRefused() {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(service::runNow).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(service::status).reason());

        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::status).reason());
        verify(trigger, never()).runNow();
    }
}
