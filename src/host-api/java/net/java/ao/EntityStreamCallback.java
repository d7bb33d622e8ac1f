package net.java.ao;

/** Mirror of activeobjects (Atlassian fork) 6.x {@code net.java.ao.EntityStreamCallback}; see DESIGN.md. Verified against: javadoc.io net.java.dev.activeobjects:activeobjects 6.0.0-m05 EntityStreamCallback.html (absent from 0.8.2). */
public interface EntityStreamCallback<T extends RawEntity<K>, K> {
    void onRowRead(T t);
}
