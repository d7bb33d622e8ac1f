package com.atlassian.mail.queue;

/** Mirror of atlassian-mail {@code com.atlassian.mail.queue.MailQueue} as in Jira 10.3 (only what the app uses); see DESIGN.md. Verified against: atlassian-mail MailQueue.java source, "void addItem(MailQueueItem item)" (code corpus). */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
