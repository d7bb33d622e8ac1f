package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mirror of atlassian-event 5.x {@code com.atlassian.event.api.EventListener}; see DESIGN.md. Verified against: docs.atlassian.com atlassian-event 3.1.3 EventListener.html ({@code @Retention(RUNTIME) @Target(METHOD) @Documented}) and source (code corpus). Optional {@code scope} element left out. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
