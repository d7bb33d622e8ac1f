package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mirror of activeobjects (Atlassian fork) 6.x {@code net.java.ao.schema.StringLength}; see DESIGN.md. Verified against: javadoc.io net.java.dev.activeobjects:activeobjects 6.1.2 StringLength.html and 6.0.0-m05 constant-values.html (MAX_LENGTH 450, UNLIMITED -1); absent from 0.8.2. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    int UNLIMITED = -1;

    int MAX_LENGTH = 450;

    int value();
}
