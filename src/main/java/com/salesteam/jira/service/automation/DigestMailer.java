package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.automation.Digest;

/**
 * Sends a digest to its recipient through Jira's mail queue, rendered from {@link DigestMail#TEMPLATE} in the
 * recipient's own language. Throws when the person cannot be mailed (inactive, no address).
 */
public interface DigestMailer {

    void send(Digest digest);
}
