package com.opensymphony.workflow.loader;

import java.util.Map;

/** Mirror of Jira 10.3 bundled osworkflow (Atlassian fork) {@code com.opensymphony.workflow.loader.ConditionDescriptor}; see DESIGN.md. Verified against: tedliang/osworkflow loader/ConditionDescriptor.java (getArgs() raw Map, getType()); ru.mail jira-plugins-groovy (Jira 8) casts descriptor and calls getArgs(). Constructors not mirrored (Jira creates descriptors via DescriptorFactory; public visibility unverified), so a package-private placeholder blocks construction. */
@SuppressWarnings("rawtypes")
public class ConditionDescriptor extends AbstractDescriptor {
    ConditionDescriptor() {
    }

    public Map getArgs() {
        throw new UnsupportedOperationException();
    }

    public String getType() {
        throw new UnsupportedOperationException();
    }
}
