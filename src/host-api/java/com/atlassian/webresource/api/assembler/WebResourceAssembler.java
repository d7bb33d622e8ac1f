package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api (version unpinned; ResourcePhase-era API) {@code com.atlassian.webresource.api.assembler.WebResourceAssembler}; see DESIGN.md. Verified against: decompiled webresource-api WebResourceAssembler (CFR 0.152, code corpus: assembled(), resources(), data(), copy() - only resources() mirrored). */
public interface WebResourceAssembler {
    RequiredResources resources();
}
