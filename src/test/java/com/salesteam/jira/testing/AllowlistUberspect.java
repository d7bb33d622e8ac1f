package com.salesteam.jira.testing;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.lang.reflect.Method;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses, while a test renders a template, every method call Jira 10's Velocity allow-list would block: a method of
 * the app's own classes must be listed in a {@code <velocity-allowlist>} module of atlassian-plugin.xml, and JDK
 * methods (List#isEmpty, Map#get, ...) are not called at all, because which of them Jira's global list admits cannot
 * be checked here. Host objects Jira itself puts into templates (com.atlassian.*) are left to Jira's global list.
 * A blocked call in Jira renders nothing and only logs a warning, so the test is the only place it shows. The
 * sandbox's own templates (sandbox/) never run in Jira and are not checked.
 */
public final class AllowlistUberspect extends UberspectImpl {

    private static final Set<String> ALLOWED = readAllowlist();

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null) {
            check(introspector.getMethod(target.getClass(), methodName, args), info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null) {
            Object[] args = "get".equals(getter.getMethodName()) ? new Object[]{identifier} : new Object[0];
            check(introspector.getMethod(target.getClass(), getter.getMethodName(), args), info);
        }
        return getter;
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","))
                + ")";
    }

    private static void check(Method method, Info info) {
        Class<?> owner = method.getDeclaringClass();
        String name = owner.getName();
        if (info.getTemplateName().startsWith("sandbox/") || isTestCode(owner) || name.startsWith("com.atlassian.")) {
            return;
        }
        if (name.startsWith("com.salesteam.") && ALLOWED.contains(signature(method))) {
            return;
        }
        throw new IllegalStateException(info.getTemplateName() + " line " + info.getLine() + " calls "
                + signature(method) + ", which Jira 10's Velocity allow-list blocks: "
                + (name.startsWith("com.salesteam.") ? "add it to a <velocity-allowlist> module"
                : "put a flag or an allow-listed getter into the context instead of calling the JDK"));
    }

    private static boolean isTestCode(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/test-classes/");
    }

    private static Set<String> readAllowlist() {
        try {
            NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new File("atlassian-plugin.xml")).getElementsByTagName("method");
            Set<String> allowed = new HashSet<>();
            for (int i = 0; i < methods.getLength(); i++) {
                if ("velocity-allowlist".equals(methods.item(i).getParentNode().getNodeName())) {
                    allowed.add(methods.item(i).getTextContent().trim());
                }
            }
            return Set.copyOf(allowed);
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml could not be read from " + new File(".").getAbsolutePath(), e);
        }
    }
}
