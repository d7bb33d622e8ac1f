package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api {@code PageBuilderService}; see DESIGN.md. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
