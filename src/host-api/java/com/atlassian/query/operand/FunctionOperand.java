package com.atlassian.query.operand;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.query.operand.FunctionOperand}; see DESIGN.md. Verified against: jira-api FunctionOperand.java source (code corpus: ctors (String), (String, String...), (String, Collection&lt;String&gt;); getName, getDisplayString, getArgs). Trivial real value behaviour kept (immutable args, display string); accept/equals/hashCode omitted. */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(final String name) {
        this(name, Collections.<String>emptyList());
    }

    public FunctionOperand(final String name, final String... args) {
        this(name, Arrays.asList(args));
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayString() {
        return name + "(" + String.join(", ", args) + ")";
    }

    public List<String> getArgs() {
        return args;
    }
}
