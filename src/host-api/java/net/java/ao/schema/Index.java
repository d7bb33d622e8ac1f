package net.java.ao.schema;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mirror of activeobjects (Atlassian fork) 6.x {@code net.java.ao.schema.Index}; see DESIGN.md. Verified against: javadoc.io net.java.dev.activeobjects:activeobjects 6.0.0-m05 Index.html ({@code @Retention(RUNTIME) @Target({})}, name, methodNames); the later optional {@code unique} (6.1.2) is left out; absent from 0.8.2. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    String name();

    String[] methodNames();
}
