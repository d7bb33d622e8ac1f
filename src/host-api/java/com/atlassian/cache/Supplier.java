package com.atlassian.cache;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.Supplier}; see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) Supplier (extends java.util.function.Supplier, redeclares get). */
public interface Supplier<T> extends java.util.function.Supplier<T> {
    @Override
    T get();
}
