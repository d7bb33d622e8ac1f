package com.atlassian.jira.mail;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.mail.Email} (Jira's Email, which fills in the configured sender); see DESIGN.md. Verified against: Jira plugins and scripts constructing new com.atlassian.jira.mail.Email(to) and queueing it as a SingleMailQueueItem (code corpus). */
public class Email extends com.atlassian.mail.Email {

    public Email(String to) {
        super(to);
    }
}
