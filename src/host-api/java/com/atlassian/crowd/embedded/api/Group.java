package com.atlassian.crowd.embedded.api;

/**
 * Mirror of {@code com.atlassian.crowd.embedded.api.Group} (crowd-api, as Jira 10.3 ships it); see DESIGN.md. Only what
 * the app calls. Verified against: the crowd embedded API source (code corpus: {@code public interface Group extends
 * Comparable<Group>} with {@code String getName()}, equality case-insensitive on the name), and the Jira 7.1 and
 * current Jira server javadoc of {@code GroupManager}, whose {@code getGroup} returns this type.
 */
public interface Group extends Comparable<Group> {
    String getName();
}
