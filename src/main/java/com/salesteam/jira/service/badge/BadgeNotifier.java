package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Badge;

import java.util.List;

/**
 * Tells people about the badges they were just awarded (an e-mail in Jira). Called once per award, after it is
 * stored; the badge also stays unseen on the profile panel until the person marks it seen.
 */
public interface BadgeNotifier {

    void awarded(List<Badge> badges);
}
