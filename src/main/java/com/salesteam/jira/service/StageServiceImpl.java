package com.salesteam.jira.service;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.store.StageRuleRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

public class StageServiceImpl implements StageService {

    private final StageRuleRepository repository;
    private final AccessGuard access;

    public StageServiceImpl(StageRuleRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.access = new AccessGuard(currentUser);
    }

    @Override
    public List<StageRule> list() {
        access.requireUser();
        return repository.rules().all();
    }

    @Override
    public List<StageRule> replaceAll(List<StageRuleDraft> drafts) {
        access.requireAdmin("salesteam.error.stage.adminonly");
        List<FieldError> errors = new ArrayList<>();
        List<StageRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            StageRuleDraft draft = drafts.get(i);
            String prefix = "stages[" + i + "].";
            String stage = draft.stageId().strip();
            Optional<DealOutcome> outcome = parse(DealOutcome.class, draft.outcome());
            Optional<ForecastCategory> category = ForecastCategory.fromKey(draft.category().strip().toLowerCase(Locale.ROOT))
                    .or(() -> parse(ForecastCategory.class, draft.category()));
            int before = errors.size();
            if (stage.isEmpty()) {
                errors.add(FieldError.of(prefix + "stageId", "salesteam.error.stage.id.required"));
            } else if (!seen.add(stage)) {
                errors.add(FieldError.of(prefix + "stageId", "salesteam.error.stage.id.duplicate", stage));
            }
            if (outcome.isEmpty()) {
                errors.add(FieldError.of(prefix + "outcome", "salesteam.error.stage.outcome.unknown", draft.outcome()));
            }
            if (draft.probability() == null || draft.probability() < 0 || draft.probability() > 100) {
                errors.add(FieldError.of(prefix + "probability", "salesteam.error.stage.probability.range"));
            }
            if (category.isEmpty()) {
                errors.add(FieldError.of(prefix + "category", "salesteam.error.stage.category.unknown", draft.category()));
            }
            if (errors.size() == before) {
                rules.add(new StageRule(stage, outcome.get(), draft.probability(), category.get()));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        repository.replaceAll(rules);
        return repository.rules().all();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
