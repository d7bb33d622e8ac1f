package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api {@code WebResourceAssembler}; see DESIGN.md. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
