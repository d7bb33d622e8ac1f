package com.atlassian.mail.queue;

/**
 * Mirror of atlassian-mail {@code com.atlassian.mail.queue.MailQueueItem}; see DESIGN.md. Verified against: the
 * decompiled MailQueue and SingleMailQueueItem (CFR 0.152, code corpus) that take and implement it. The app only
 * passes one to {@link MailQueue#addItem}; its methods (send, getSubject, …) are left out.
 */
public interface MailQueueItem {
}
