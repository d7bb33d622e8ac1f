package com.atlassian.templaterenderer;

/** Mirror of atlassian-template-renderer-api 6.x {@code RenderingException} (unchecked); see DESIGN.md. */
public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        super(cause);
    }
}
