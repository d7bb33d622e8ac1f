package com.salesteam.jira.service;

import com.salesteam.jira.model.Person;

import java.util.Optional;

/** Looks up Jira users. Implemented over Jira's user manager. */
public interface UserDirectory {
    Optional<Person> byKey(String userKey);

    Optional<Person> byUsername(String username);
}
