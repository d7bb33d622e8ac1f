package com.salesteam.jira.service.setup;

import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.setup.ExistingIssueType;
import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.Inventory;
import com.salesteam.jira.model.setup.IssueTypeSpec;
import com.salesteam.jira.model.setup.ScreenSpec;
import com.salesteam.jira.model.setup.SetupBlueprint;
import com.salesteam.jira.model.setup.SetupPlan;
import com.salesteam.jira.model.setup.Refs;
import com.salesteam.jira.model.setup.SetupPlanner;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.model.setup.SetupStep;
import com.salesteam.jira.model.setup.StageDefaultSpec;
import com.salesteam.jira.model.setup.WorkflowSpec;
import com.salesteam.jira.model.setup.WorkflowTemplate;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.store.StageRuleRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

public class ProjectSetupServiceImpl implements ProjectSetupService {

    private final HostConfiguration host;
    private final StageRuleRepository stageRules;
    private final SetupLock lock;
    private final Translator translator;
    private final AccessGuard access;
    private final List<SetupBlueprint> blueprints;

    public ProjectSetupServiceImpl(HostConfiguration host, StageRuleRepository stageRules, SetupLock lock,
                                   Translator translator, CurrentUser currentUser, List<SetupBlueprint> blueprints) {
        this.host = host;
        this.stageRules = stageRules;
        this.lock = lock;
        this.translator = translator;
        this.access = new AccessGuard(currentUser);
        this.blueprints = List.copyOf(blueprints);
    }

    @Override
    public List<SetupBlueprint> blueprints() {
        access.requireAdmin("salesteam.error.setup.adminonly");
        return blueprints;
    }

    @Override
    public List<SetupProject> projects() {
        access.requireAdmin("salesteam.error.setup.adminonly");
        return host.projects();
    }

    @Override
    public SetupPlan preview(String blueprintKey, String projectKey) {
        access.requireAdmin("salesteam.error.setup.adminonly");
        return plan(blueprint(blueprintKey), project(projectKey));
    }

    @Override
    public SetupPlan apply(String blueprintKey, String projectKey) {
        access.requireAdmin("salesteam.error.setup.adminonly");
        SetupBlueprint blueprint = blueprint(blueprintKey);
        SetupProject project = project(projectKey);
        return lock.exclusively(() -> {
            SetupPlan plan = plan(blueprint, project);
            if (!plan.conflicts().isEmpty()) {
                throw ServiceException.conflict("salesteam.setup.error.conflicts", plan.conflicts().size());
            }
            carryOut(blueprint, project, plan);
            return plan;
        });
    }

    private SetupPlan plan(SetupBlueprint blueprint, SetupProject project) {
        Set<String> ruled = stageRules.rules().all().stream().map(StageRule::stageId).collect(Collectors.toSet());
        Inventory inventory = host.inventory(Optional.of(project));
        List<String> existingTypes = blueprint.issueTypes().stream()
                .flatMap(type -> inventory.issueType(type.name()).stream())
                .map(ExistingIssueType::id)
                .toList();
        Set<String> inUse = existingTypes.isEmpty() ? Set.of() : host.issueTypesInUse(project, existingTypes);
        return SetupPlanner.plan(blueprint, inventory, Optional.of(project), ruled, inUse);
    }

    private SetupBlueprint blueprint(String key) {
        return blueprints.stream().filter(blueprint -> blueprint.key().equals(key)).findFirst()
                .orElseThrow(() -> ServiceException.notFound("salesteam.error.setup.blueprint.unknown", key));
    }

    private SetupProject project(String key) {
        return host.project(key).orElseThrow(() -> ServiceException.notFound("salesteam.error.setup.project.unknown", key));
    }

    /** Runs the plan's creations in order; each one's id is known to the later ones by its ref. */
    private void carryOut(SetupBlueprint blueprint, SetupProject project, SetupPlan plan) {
        Map<String, String> ids = new HashMap<>();
        plan.steps().forEach(step -> step.existingId().ifPresent(id -> ids.put(step.ref(), id)));
        List<StageRule> newRules = new ArrayList<>();
        for (SetupStep step : plan.creations()) {
            switch (step.kind()) {
                case ISSUE_TYPE -> ids.put(step.ref(), host.createIssueType(step.name(),
                        translator.text(spec(blueprint.issueTypes(), type -> type.name().equals(step.name())).descriptionKey())));
                case STATUS -> ids.put(step.ref(), host.createStatus(step.name(),
                        spec(blueprint.statuses(), status -> Refs.status(status.ref()).equals(step.ref())).kind()));
                case RESOLUTION -> ids.put(step.ref(), host.createResolution(step.name(), translator.text(
                        spec(blueprint.resolutions(), resolution -> Refs.resolution(resolution.ref()).equals(step.ref())).descriptionKey())));
                case FIELD -> {
                    FieldSpec field = spec(blueprint.fields(), candidate -> Refs.field(candidate.ref()).equals(step.ref()));
                    ids.put(step.ref(), host.createField(field, translator.text(field.descriptionKey()), issueTypeIds(blueprint, ids)));
                }
                case FIELD_OPTIONS -> {
                    FieldSpec field = spec(blueprint.fields(), candidate -> Refs.fieldOptions(candidate.ref()).equals(step.ref()));
                    host.addMissingOptions(ids.get(Refs.field(field.ref())), field.options());
                }
                case SCREEN -> {
                    ScreenSpec screen = spec(blueprint.screens(), candidate -> Refs.screen(candidate.ref()).equals(step.ref()));
                    List<String> fieldIds = screen.fields().stream()
                            .map(field -> field.startsWith(ScreenSpec.APP_FIELD_PREFIX) ? ids.get(field) : field).toList();
                    ids.put(step.ref(), host.createScreen(screen.name(), fieldIds));
                }
                case SCREEN_SCHEME -> {
                    String screenRef = spec(blueprint.screenSchemes(),
                            scheme -> Refs.screenScheme(scheme.ref()).equals(step.ref())).screenRef();
                    ids.put(step.ref(), host.createScreenScheme(step.name(), ids.get(Refs.screen(screenRef))));
                }
                case WORKFLOW -> {
                    WorkflowSpec workflow = spec(blueprint.workflows(), candidate -> candidate.name().equals(step.name()));
                    host.createWorkflow(workflow.name(), WorkflowTemplate.fill(resource(workflow.resource()), ids));
                }
                case STAGE_RULE -> {
                    StageDefaultSpec stage = spec(blueprint.stageDefaults(), candidate -> Refs.stage(candidate.statusRef()).equals(step.ref()));
                    newRules.add(new StageRule(ids.get(Refs.status(stage.statusRef())), stage.outcome(), stage.probability(),
                            stage.category()));
                }
                case PROJECT_ISSUE_TYPE -> host.addIssueType(project, ids.get(Refs.issueType(step.name())));
                case PROJECT_WORKFLOW -> {
                    WorkflowSpec workflow = spec(blueprint.workflows(), candidate -> candidate.name().equals(step.name()));
                    host.mapWorkflow(project, ids.get(Refs.issueType(workflow.issueType())), workflow.name());
                }
                case PROJECT_SCREEN_SCHEME -> {
                    WorkflowSpec workflow = spec(blueprint.workflows(),
                            candidate -> step.ref().equals(Refs.projectScreenScheme(candidate.issueType())));
                    host.mapScreenScheme(project, ids.get(Refs.issueType(workflow.issueType())),
                            ids.get(Refs.screenScheme(workflow.screenSchemeRef())));
                }
            }
        }
        if (!newRules.isEmpty()) {
            List<StageRule> rules = new ArrayList<>(stageRules.rules().all());
            rules.addAll(newRules);
            stageRules.replaceAll(rules);
        }
    }

    private static List<String> issueTypeIds(SetupBlueprint blueprint, Map<String, String> ids) {
        return blueprint.issueTypes().stream().map(IssueTypeSpec::name).map(Refs::issueType).map(ids::get).toList();
    }

    private static <T> T spec(List<T> specs, Predicate<T> match) {
        return specs.stream().filter(match).findFirst()
                .orElseThrow(() -> new IllegalStateException("a planned step has no part in its blueprint"));
    }

    private static String resource(String path) {
        try (InputStream in = ProjectSetupServiceImpl.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the app's jar lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
