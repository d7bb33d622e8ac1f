package com.atlassian.mail.queue;

/** Mirror of atlassian-mail {@code com.atlassian.mail.queue.MailQueueItem} as in Jira 10.3; see DESIGN.md. The app only hands items to the queue, so no method is mirrored. */
public interface MailQueueItem {
}
