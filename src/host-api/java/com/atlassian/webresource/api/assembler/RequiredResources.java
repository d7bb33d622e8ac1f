package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api {@code RequiredResources}; see DESIGN.md. */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
