package com.salesteam.jira.service;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

/** Stage rules over a real database (HSQLDB and PostgreSQL), with the caller played by a mock. */
@RunWith(Parameterized.class)
public class StageServiceImplTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private StageService service;

    public StageServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, StageRuleEntity.class);
    }

    @Before
    public void setUp() {
        service = new StageServiceImpl(new StageRuleRepository(db.ao()), currentUser);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));
    }


    @Test
    public void adminReplacesTheRulesAndEveryoneReadsThem() {
        service.replaceAll(List.of(new StageRuleDraft("10001", "open", 20, "pipeline"),
                new StageRuleDraft("10004", "won", 100, "closed")));

        when(currentUser.caller()).thenReturn(Optional.of(new Caller("rep", "Rep", false)));
        assertEquals(List.of(new StageRule("10001", DealOutcome.OPEN, 20, ForecastCategory.PIPELINE),
                new StageRule("10004", DealOutcome.WON, 100, ForecastCategory.CLOSED)), service.list());
    }

    @Test
    public void everyBadRowIsReportedAndNothingIsReplaced() {
        service.replaceAll(List.of(new StageRuleDraft("10001", "open", 20, "pipeline")));

        ServiceException e = refused(() -> service.replaceAll(List.of(
                new StageRuleDraft("10002", "maybe", 150, "hopeful"),
                new StageRuleDraft(" ", "open", null, "commit"),
                new StageRuleDraft("10003", "open", 50, "best-case"),
                new StageRuleDraft("10003", "lost", 0, "omitted"))));

        assertEquals(List.of("stages[0].outcome", "stages[0].probability", "stages[0].category", "stages[1].stageId",
                "stages[1].probability", "stages[3].stageId"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(1, service.list().size());
    }

    @Test
    public void onlyAdminsChangeRules() {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.replaceAll(List.of(new StageRuleDraft("1", "open", 5, "pipeline")))).reason());
        assertEquals(List.of(), service.list());
    }
}
