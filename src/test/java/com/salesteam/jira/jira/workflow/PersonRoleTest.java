package com.salesteam.jira.jira.workflow;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class PersonRoleTest {

    @Test
    public void rolesAreStoredInLowerCaseAndOnlyExactNamesAreRead() {
        assertEquals("manager", PersonRole.MANAGER.arg());
        assertEquals(Optional.of(PersonRole.EITHER), PersonRole.fromArg("either"));
        assertEquals(Optional.empty(), PersonRole.fromArg("Manager"));
        assertEquals(Optional.empty(), PersonRole.fromArg(""));
    }
}
