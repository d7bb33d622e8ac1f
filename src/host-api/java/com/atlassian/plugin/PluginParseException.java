package com.atlassian.plugin;

/**
 * Mirror of atlassian-plugins-core {@code PluginParseException} (unchecked); see DESIGN.md. Verified against:
 * atlassian-plugins source as used by public Jira 8–10 apps' ContextProvider implementations.
 */
public class PluginParseException extends RuntimeException {

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
