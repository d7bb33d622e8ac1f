package com.salesteam.jira.service;

import com.salesteam.jira.model.StageRule;

import java.util.List;

/** The deal stages' outcomes, default probabilities and categories: read by everyone, set by Jira admins. */
public interface StageService {

    List<StageRule> list();

    /** Replaces every rule at once; deals already recorded keep the probability they were recorded with. */
    List<StageRule> replaceAll(List<StageRuleDraft> drafts);
}
