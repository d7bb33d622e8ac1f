package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/** Mirror of atlassian-mail {@code com.atlassian.mail.queue.SingleMailQueueItem} as in Jira 10.3 (constructor only); see DESIGN.md. Verified against: atlassian-mail SingleMailQueueItem source, "public SingleMailQueueItem(Email email)" (code corpus). AbstractMailQueueItem left out. */
public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
        // the real one keeps the email to send it later; nothing is sent here
    }
}
