package com.opensymphony.workflow.loader;

import java.io.Serializable;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.loader.AbstractDescriptor}; see DESIGN.md. Verified against: tedliang/osworkflow loader/AbstractDescriptor.java; jira-api AbstractWorkflowPluginFactory.java (parameter type). XMLizable supertype and remaining members omitted. */
public abstract class AbstractDescriptor implements Serializable {
    public int getId() {
        throw new UnsupportedOperationException();
    }
}
