package com.atlassian.templaterenderer;

/** Mirror of atlassian-template-renderer-api 6.x {@code com.atlassian.templaterenderer.RenderingException}; see DESIGN.md. Verified against: atlassian-template-renderer RenderingException source (code corpus): unchecked, three constructors; they only call super. */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
