package com.salesteam.jira.web;

import java.util.Map;

/** One of the app's admin pages: its Velocity template and the context it renders with. */
public interface AdminPage {

    String template();

    Map<String, Object> context();
}
