package com.salesteam.jira.testing;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.service.UserDirectory;

import java.util.Optional;

/** A user directory in which every key is a user whose name and display name are the key itself. */
public final class EveryoneUsers implements UserDirectory {

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.of(new Person(userKey, userKey, userKey));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return byKey(username);
    }
}
