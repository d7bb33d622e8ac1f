package com.atlassian.event.api;

/** Mirror of atlassian-event 5.x {@code com.atlassian.event.api.EventListenerRegistrar}; see DESIGN.md. Verified against: decompiled atlassian-event EventListenerRegistrar (CFR 0.152, code corpus). */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
