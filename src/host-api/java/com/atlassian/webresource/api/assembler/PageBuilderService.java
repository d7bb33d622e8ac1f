package com.atlassian.webresource.api.assembler;

/** Mirror of atlassian-plugins-webresource-api (version unpinned; ResourcePhase-era API) {@code com.atlassian.webresource.api.assembler.PageBuilderService}; see DESIGN.md. Verified against: decompiled webresource-api PageBuilderService (CFR 0.152, code corpus: assembler(), seed(WebResourceAssembler) - seed omitted as unused). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
