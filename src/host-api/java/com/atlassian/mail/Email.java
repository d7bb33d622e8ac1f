package com.atlassian.mail;

/** Mirror of atlassian-mail {@code com.atlassian.mail.Email} as in Jira 10.3 (only what the app uses); see DESIGN.md. Verified against: docs.atlassian.com atlassian-mail 1.3.23 and 1.9 Email (constructor Email(String to); setters return Email). Keeps its real behaviour: a bean whose setters return this. */
public class Email {

    private final String to;
    private String subject;
    private String body;
    private String mimeType;
    private String encoding;

    public Email(String to) {
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
