package com.salesteam.jira.service;

import java.util.Map;

/** The names people know a deal's stages by: a stage is a workflow status, stored by its id. */
public interface StageNames {

    /** Status id to status name, for every status there is. */
    Map<String, String> byId();
}
