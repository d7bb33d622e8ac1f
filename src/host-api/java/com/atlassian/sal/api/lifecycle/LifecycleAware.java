package com.atlassian.sal.api.lifecycle;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.lifecycle.LifecycleAware}; see DESIGN.md. Verified against: docs.atlassian.com sal-parent 3.0.0 apidocs LifecycleAware.html (onStart, onStop). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
