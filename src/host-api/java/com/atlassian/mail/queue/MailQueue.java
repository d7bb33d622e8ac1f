package com.atlassian.mail.queue;

/**
 * Mirror of atlassian-mail {@code com.atlassian.mail.queue.MailQueue}; see DESIGN.md. Verified against: decompiled
 * atlassian-mail MailQueue (CFR 0.152, code corpus): {@code void addItem(MailQueueItem)}. Jira sends the queue
 * from its own scheduled job. sendBuffer, sizes, error queue and the rest left out.
 */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
