package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api (version unpinned; ResourcePhase-era API) {@code com.atlassian.webresource.api.assembler.RequiredResources}; see DESIGN.md. Verified against: decompiled webresource-api RequiredResources (CFR 0.152, code corpus; both methods return RequiredResources, @Nonnull; ResourcePhase overloads, requireModule, requirePage, exclude, excludeSuperbatch, requireSuperbatch omitted as unused). */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
