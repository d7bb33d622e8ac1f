package com.salesteam.jira.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.WorkflowManager;
import com.salesteam.jira.model.setup.ExistingField;
import com.salesteam.jira.model.setup.FieldKind;
import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.StatusKind;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraConfigObjectsTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueTypeManager issueTypeManager;
    @Mock
    private ConstantsManager constantsManager;
    @Mock
    private AvatarManager avatarManager;
    @Mock
    private StatusManager statusManager;
    @Mock
    private StatusCategoryManager statusCategoryManager;
    @Mock
    private ResolutionManager resolutionManager;
    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private OptionsManager optionsManager;
    @Mock
    private WorkflowManager workflowManager;
    @Mock
    private JiraAuthenticationContext authenticationContext;
    @Mock
    private IssueType deal;
    @Mock
    private IssueType bug;

    private JiraConfigObjects objects;

    @Before
    public void setUp() {
        objects = new JiraConfigObjects(issueTypeManager, constantsManager, avatarManager, statusManager,
                statusCategoryManager, resolutionManager, customFieldManager, optionsManager, workflowManager,
                authenticationContext);
        when(deal.getId()).thenReturn("10001");
        when(bug.getId()).thenReturn("1");
    }

    @Test
    public void anIssueTypeGetsJirasDefaultIssueTypeAvatar() {
        when(avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10318L);
        when(issueTypeManager.createIssueType("Deal", "A deal", 10318L)).thenReturn(deal);

        assertEquals("10001", objects.createIssueType("Deal", "A deal"));
    }

    @Test
    public void aStatusGetsTheCategoryOfItsKind() {
        StatusCategory done = mock(StatusCategory.class);
        Status status = mock(Status.class);
        when(status.getId()).thenReturn("10100");
        when(statusCategoryManager.getStatusCategoryByKey("done")).thenReturn(done);
        when(statusManager.createStatus("Closed Won", "", JiraConfigObjects.STATUS_ICON, done)).thenReturn(status);

        assertEquals("10100", objects.createStatus("Closed Won", StatusKind.DONE));
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void aSelectFieldIsCreatedForItsIssueTypesWithItsOptionsInOrder() throws Exception {
        CustomFieldType select = mock(CustomFieldType.class);
        CustomFieldSearcher searcher = mock(CustomFieldSearcher.class);
        CustomField created = mock(CustomField.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        when(customFieldManager.getCustomFieldType("com.atlassian.jira.plugin.system.customfieldtypes:select")).thenReturn(select);
        when(customFieldManager.getCustomFieldSearcher("com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher"))
                .thenReturn(searcher);
        when(constantsManager.getAllIssueTypeObjects()).thenReturn(List.of(bug, deal));
        when(customFieldManager.createCustomField(eq("Forecast Category"), eq("why"), eq(select), eq(searcher), anyList(), anyList()))
                .thenReturn(created);
        when(created.getId()).thenReturn("customfield_10200");
        when(created.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);

        String id = objects.createField(new FieldSpec("category", "Forecast Category", FieldKind.SELECT, "k",
                List.of("Pipeline", "Commit")), "why", List.of("10001"));

        assertEquals("customfield_10200", id);
        ArgumentCaptor<List> contexts = ArgumentCaptor.forClass(List.class);
        ArgumentCaptor<List> types = ArgumentCaptor.forClass(List.class);
        verify(customFieldManager).createCustomField(eq("Forecast Category"), eq("why"), eq(select), eq(searcher),
                contexts.capture(), types.capture());
        assertEquals(List.of(GlobalIssueContext.getInstance()), contexts.getValue());
        assertEquals(List.of(deal), types.getValue());
        verify(optionsManager).createOption(config, null, 1L, "Pipeline");
        verify(optionsManager).createOption(config, null, 2L, "Commit");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void theMoneyFieldHasNoSearcherAndNoOptions() throws Exception {
        CustomFieldType money = mock(CustomFieldType.class);
        CustomField created = mock(CustomField.class);
        when(customFieldManager.getCustomFieldType(FieldKinds.MONEY_TYPE)).thenReturn(money);
        when(constantsManager.getAllIssueTypeObjects()).thenReturn(List.of(deal));
        when(customFieldManager.createCustomField(eq("Deal Amount"), eq("d"), eq(money), isNull(), anyList(), anyList()))
                .thenReturn(created);
        when(created.getId()).thenReturn("customfield_10201");

        assertEquals("customfield_10201", objects.createField(
                new FieldSpec("amount", "Deal Amount", FieldKind.MONEY, "k", List.of()), "d", List.of("10001")));
        verify(optionsManager, never()).createOption(any(), any(), anyLong(), any());
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void existingFieldsAreKnownByKindAndForeignTypesByNone() {
        CustomField amount = mock(CustomField.class);
        CustomField foreign = mock(CustomField.class);
        CustomFieldType moneyType = mock(CustomFieldType.class);
        CustomFieldType cascading = mock(CustomFieldType.class);
        when(moneyType.getKey()).thenReturn(FieldKinds.MONEY_TYPE);
        when(cascading.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:cascadingselect");
        when(amount.getFieldName()).thenReturn("Deal Amount");
        when(amount.getId()).thenReturn("customfield_1");
        when(amount.getCustomFieldType()).thenReturn(moneyType);
        when(foreign.getFieldName()).thenReturn("Loss Reason");
        when(foreign.getId()).thenReturn("customfield_2");
        when(foreign.getCustomFieldType()).thenReturn(cascading);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(amount, foreign));

        Map<String, List<ExistingField>> fields = objects.fields(Optional.empty());

        assertEquals(List.of(new ExistingField("customfield_1", Optional.of(FieldKind.MONEY))), fields.get("Deal Amount"));
        assertEquals(List.of(new ExistingField("customfield_2", Optional.empty())), fields.get("Loss Reason"));
        assertNull(fields.get("Win Probability"));

        Project sales = mock(Project.class);
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(bug, deal));
        when(amount.isInScope(sales, List.of("10001"))).thenReturn(true);
        assertEquals("the issue types each app-kind field applies to in the project", Set.of("10001"),
                objects.fields(Optional.of(sales)).get("Deal Amount").get(0).issueTypesInScope());
    }

    @Test
    public void onlyMissingOptionsAreAddedAfterTheListsOwn() {
        CustomField field = mock(CustomField.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        Option price = mock(Option.class);
        Options options = mock(Options.class);
        when(customFieldManager.getCustomFieldObject("customfield_10")).thenReturn(field);
        when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        when(price.getValue()).thenReturn("Price");
        when(options.stream()).thenReturn(java.util.stream.Stream.of(price));
        when(optionsManager.getOptions(config)).thenReturn(options);

        objects.addMissingOptions("customfield_10", List.of("price", "Competitor", "Other"));

        verify(optionsManager).createOption(config, null, 2L, "Competitor");
        verify(optionsManager).createOption(config, null, 3L, "Other");
        verify(optionsManager, never()).createOption(config, null, 2L, "price");
    }
}
