package com.atlassian.mail;

import java.io.Serializable;

/**
 * Mirror of atlassian-mail {@code com.atlassian.mail.Email}; see DESIGN.md. Verified against: decompiled
 * atlassian-mail Email (CFR 0.152, code corpus; commons-lang3 era, as Jira 10 bundles): {@code Email(String to)},
 * fluent setters returning {@code Email} (subject, body, MIME type, encoding), plain getters. Keeps the fields, as the real class does, so tests read what
 * was set. Other constructors, cc/bcc, headers and multipart left out.
 */
public class Email implements Serializable {
    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
