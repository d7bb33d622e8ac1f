package com.atlassian.event.api;

/** Mirror of atlassian-event 5.x {@code com.atlassian.event.api.EventPublisher}; see DESIGN.md. Verified against: decompiled atlassian-event EventPublisher (CFR 0.152, code corpus): extends EventListenerRegistrar, adds publish. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
