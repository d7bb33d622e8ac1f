package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Mirror of atlassian-plugins-webfragment-api {@code ContextProvider}; see DESIGN.md. Verified against: its
 * source and the dashboard-item context providers of public Jira 8–10 apps.
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
