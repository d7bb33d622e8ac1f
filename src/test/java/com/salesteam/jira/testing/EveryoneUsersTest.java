package com.salesteam.jira.testing;

import com.salesteam.jira.model.Person;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class EveryoneUsersTest {

    private final EveryoneUsers users = new EveryoneUsers();

    @Test
    public void anyKeyIsAUserNamedByIt() {
        assertEquals(Optional.of(new Person("rep7", "rep7", "rep7")), users.byKey("rep7"));
    }

    @Test
    public void aUsernameFindsTheSameUser() {
        assertEquals(users.byKey("boss"), users.byUsername("boss"));
    }
}
