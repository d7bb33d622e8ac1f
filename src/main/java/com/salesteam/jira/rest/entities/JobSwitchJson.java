package com.salesteam.jira.rest.entities;

/** Switches an automation job on or off: {@code {"enabled": false}}. */
public class JobSwitchJson {

    private Boolean enabled;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
