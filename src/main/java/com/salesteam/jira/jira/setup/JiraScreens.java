package com.salesteam.jira.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Screens, screen schemes and which screens a project's issue types use. */
public class JiraScreens {

    private final FieldScreenManager fieldScreenManager;
    private final FieldScreenSchemeManager fieldScreenSchemeManager;
    private final FieldScreenFactory fieldScreenFactory;
    private final IssueTypeScreenSchemeManager issueTypeScreenSchemeManager;
    private final ProjectManager projectManager;

    public JiraScreens(FieldScreenManager fieldScreenManager, FieldScreenSchemeManager fieldScreenSchemeManager,
                       FieldScreenFactory fieldScreenFactory, IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
                       ProjectManager projectManager) {
        this.fieldScreenManager = fieldScreenManager;
        this.fieldScreenSchemeManager = fieldScreenSchemeManager;
        this.fieldScreenFactory = fieldScreenFactory;
        this.issueTypeScreenSchemeManager = issueTypeScreenSchemeManager;
        this.projectManager = projectManager;
    }

    Map<String, String> screens() {
        Map<String, String> screens = new HashMap<>();
        fieldScreenManager.getFieldScreens().forEach(screen -> screens.putIfAbsent(screen.getName(), String.valueOf(screen.getId())));
        return screens;
    }

    Map<String, String> screenSchemes() {
        Map<String, String> schemes = new HashMap<>();
        fieldScreenSchemeManager.getFieldScreenSchemes()
                .forEach(scheme -> schemes.putIfAbsent(scheme.getName(), String.valueOf(scheme.getId())));
        return schemes;
    }

    boolean issueTypeScreenSchemeExists(String name) {
        return issueTypeScreenSchemeManager.getIssueTypeScreenSchemes().stream()
                .anyMatch(scheme -> name.equalsIgnoreCase(scheme.getName()));
    }

    IssueTypeScreenScheme schemeOf(Project project) {
        return issueTypeScreenSchemeManager.getIssueTypeScreenScheme(project);
    }

    /** The screen scheme (id) each issue type is explicitly given; the scheme's default (no issue type) is left out. */
    static Map<String, String> mapping(IssueTypeScreenScheme scheme) {
        Map<String, String> mapping = new HashMap<>();
        for (IssueTypeScreenSchemeEntity entity : scheme.getEntities()) {
            if (entity.getIssueTypeId() != null && entity.getFieldScreenScheme() != null) {
                mapping.put(entity.getIssueTypeId(), String.valueOf(entity.getFieldScreenScheme().getId()));
            }
        }
        return mapping;
    }

    String createScreen(String name, String description, List<String> fieldIds) {
        FieldScreen screen = fieldScreenFactory.createScreen();
        screen.setName(name);
        screen.setDescription(description);
        screen.store();
        FieldScreenTab tab = screen.addTab(name);
        fieldIds.forEach(tab::addFieldScreenLayoutItem);
        return String.valueOf(screen.getId());
    }

    /** A screen scheme whose one default item (no operation) shows the screen for create, edit and view. */
    String createScreenScheme(String name, String description, String screenId) {
        FieldScreen screen = Objects.requireNonNull(fieldScreenManager.getFieldScreen(Long.valueOf(screenId)), screenId);
        FieldScreenScheme scheme = fieldScreenFactory.createFieldScreenScheme();
        scheme.setName(name);
        scheme.setDescription(description);
        scheme.store();
        FieldScreenSchemeItem item = fieldScreenFactory.createFieldScreenSchemeItem();
        item.setIssueOperation(null);
        item.setFieldScreen(screen);
        scheme.addFieldScreenSchemeItem(item);
        return String.valueOf(scheme.getId());
    }

    /**
     * Gives the issue type the screen scheme in this project. The project's issue type screen scheme is changed in
     * place when only this project uses it; a default or shared one is copied for the project first.
     */
    void map(Project project, String issueTypeId, String screenSchemeId, String copyName, String description) {
        FieldScreenScheme target = Objects.requireNonNull(
                fieldScreenSchemeManager.getFieldScreenScheme(Long.valueOf(screenSchemeId)), screenSchemeId);
        IssueTypeScreenScheme current = schemeOf(project);
        if (!current.isDefault() && !sharedWithOthers(current, project)) {
            current.addEntity(entity(issueTypeId, target));
            return;
        }
        IssueTypeScreenScheme copy = fieldScreenFactory.createIssueTypeScreenScheme();
        copy.setName(copyName);
        copy.setDescription(description);
        copy.store();
        for (IssueTypeScreenSchemeEntity entity : current.getEntities()) {
            if (!issueTypeId.equals(entity.getIssueTypeId())) {
                copy.addEntity(entity(entity.getIssueTypeId(), entity.getFieldScreenScheme()));
            }
        }
        copy.addEntity(entity(issueTypeId, target));
        issueTypeScreenSchemeManager.removeSchemeAssociation(project, current);
        issueTypeScreenSchemeManager.addSchemeAssociation(project, copy);
    }

    private IssueTypeScreenSchemeEntity entity(String issueTypeId, FieldScreenScheme screenScheme) {
        IssueTypeScreenSchemeEntity entity = fieldScreenFactory.createIssueTypeScreenSchemeEntity();
        entity.setIssueTypeId(issueTypeId);
        entity.setFieldScreenScheme(screenScheme);
        return entity;
    }

    private boolean sharedWithOthers(IssueTypeScreenScheme scheme, Project project) {
        return projectManager.getProjectObjects().stream()
                .filter(other -> !other.getId().equals(project.getId()))
                .map(issueTypeScreenSchemeManager::getIssueTypeScreenScheme)
                .anyMatch(used -> used != null && scheme.getId().equals(used.getId()));
    }
}
