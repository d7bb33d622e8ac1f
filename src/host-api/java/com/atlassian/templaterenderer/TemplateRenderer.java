package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Mirror of atlassian-template-renderer-api 6.x {@code com.atlassian.templaterenderer.TemplateRenderer}; see DESIGN.md. Verified against: docs.atlassian.com atlassian-template-renderer 1.5.2 apidocs TemplateRenderer.html and TemplateRenderer source (code corpus). */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
