package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mirror of activeobjects (Atlassian fork) 6.x {@code net.java.ao.schema.Indexes}; see DESIGN.md. Verified against: javadoc.io net.java.dev.activeobjects:activeobjects 6.1.2 Indexes.html ({@code @Retention(RUNTIME) @Target(TYPE)}, {@code Index[] value}); absent from 0.8.2. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Indexes {
    Index[] value();
}
