package com.salesteam.jira.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.service.UserDirectory;

import java.util.Optional;

/** Users from Jira's user manager (backed by Jira's own user cache, not a query per call). */
public class JiraUserDirectory implements UserDirectory {

    private final UserManager userManager;

    public JiraUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return toPerson(userManager.getUserByKey(userKey));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return toPerson(userManager.getUserByName(username));
    }

    private static Optional<Person> toPerson(ApplicationUser user) {
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Person(user.getKey(), user.getUsername(), user.getDisplayName()));
    }
}
