package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Mirror of atlassian-mail {@code com.atlassian.mail.queue.SingleMailQueueItem}; see DESIGN.md. Verified against:
 * decompiled atlassian-mail SingleMailQueueItem (CFR 0.152, code corpus): {@code SingleMailQueueItem(Email)},
 * {@code Email getEmail()}; it extends AbstractMailQueueItem, which implements MailQueueItem (flattened here).
 * Keeps the email, as the real class does; send() left out.
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
