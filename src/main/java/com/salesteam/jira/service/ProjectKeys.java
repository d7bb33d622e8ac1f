package com.salesteam.jira.service;

/** Which Jira project keys name a project that exists now. */
public interface ProjectKeys {

    boolean exists(String key);
}
