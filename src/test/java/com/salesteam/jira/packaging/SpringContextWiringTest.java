package com.salesteam.jira.packaging;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The hand-written Spring context against the classes it wires: no Jira runs here to refuse a bean whose arguments fit
 * none of its constructors (a constructor that gained a parameter while a nested bean was forgotten), so every bean,
 * nested ones included, must have a constructor taking exactly its arguments, in order, by type.
 */
public class SpringContextWiringTest {

    private static final String CONTEXT = "META-INF/spring/plugin-context.xml";

    private static Document context;
    private static final Map<String, Class<?>> typesById = new HashMap<>();

    @BeforeClass
    public static void readContext() throws Exception {
        try (InputStream in = SpringContextWiringTest.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            assertNotNull(CONTEXT + " on the class path", in);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            context = factory.newDocumentBuilder().parse(in);
        }
        for (Element reference : elements(context.getDocumentElement(), "osgi:reference")) {
            typesById.put(reference.getAttribute("id"), load(reference.getAttribute("interface")));
        }
        // factory beans first: a bean made by another bean's method needs that bean's type
        List<Element> beans = elements(context.getDocumentElement(), "bean");
        for (int pass = 0; pass < 3; pass++) {
            for (Element bean : beans) {
                if (!bean.getAttribute("id").isEmpty()) {
                    typeOf(bean).ifPresent(type -> typesById.put(bean.getAttribute("id"), type));
                }
            }
        }
    }

    @Test
    public void everyBeanIdIsDeclaredOnce() {
        List<String> ids = new ArrayList<>();
        for (Element element : elements(context.getDocumentElement(), "*")) {
            if (!element.getAttribute("id").isEmpty()) {
                ids.add(element.getAttribute("id"));
            }
        }
        assertTrue("the context declares beans", ids.size() > 100);
        assertEquals("ids declared twice", List.of(), ids.stream()
                .filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct().toList());
    }

    @Test
    public void everyReferenceNamesABeanOrAJiraService() {
        List<String> missing = new ArrayList<>();
        for (Element element : elements(context.getDocumentElement(), "*")) {
            for (String attribute : List.of("ref", "bean", "factory-bean")) {
                String id = element.getAttribute(attribute);
                boolean isReference = !id.isEmpty() && !(element.getTagName().equals("osgi:service") && attribute.equals("bean"));
                if (isReference && !typesById.containsKey(id)) {
                    missing.add(element.getTagName() + " " + attribute + "=" + id);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyBeanHasAConstructorTakingItsArgumentsInOrder() {
        List<String> unfit = new ArrayList<>();
        int checked = 0;
        for (Element bean : elements(context.getDocumentElement(), "bean")) {
            if (bean.getAttribute("class").isEmpty() || !bean.getAttribute("factory-method").isEmpty()) {
                continue;
            }
            Class<?> type = load(bean.getAttribute("class"));
            List<Optional<Class<?>>> arguments = children(bean, "constructor-arg").stream()
                    .map(SpringContextWiringTest::argumentType).toList();
            checked++;
            if (Arrays.stream(type.getDeclaredConstructors()).noneMatch(constructor -> fits(constructor, arguments))) {
                unfit.add(type.getName() + "(" + arguments.stream()
                        .map(argument -> argument.map(Class::getSimpleName).orElse("?"))
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        assertTrue("beans checked: " + checked, checked > 150);
        assertEquals("beans whose arguments fit none of their constructors", List.of(), unfit);
    }

    @Test
    public void aConstructorMissingAnArgumentIsCaught() {
        List<Optional<Class<?>>> twoStrings = List.of(Optional.of(String.class), Optional.of(String.class));
        Constructor<?> pair = Arrays.stream(Pair.class.getDeclaredConstructors()).findFirst().orElseThrow();

        assertTrue(fits(pair, twoStrings));
        assertFalse("one argument short", fits(pair, twoStrings.subList(0, 1)));
        assertFalse("wrong order of types", fits(pair, List.of(Optional.of(String.class), Optional.of(Integer.class))));
    }

    /** Stands in for a wired class in {@link #aConstructorMissingAnArgumentIsCaught}. */
    static final class Pair {
        Pair(String left, CharSequence right) {
        }
    }

    private static boolean fits(Constructor<?> constructor, List<Optional<Class<?>>> arguments) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length != arguments.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Optional<Class<?>> argument = arguments.get(i);
            if (argument.isPresent() && !parameters[i].isAssignableFrom(argument.get())) {
                return false;
            }
        }
        return true;
    }

    /** What a {@code constructor-arg} passes: a referenced bean, a nested bean or a list; empty when unknown. */
    private static Optional<Class<?>> argumentType(Element argument) {
        if (!argument.getAttribute("ref").isEmpty()) {
            return Optional.ofNullable(typesById.get(argument.getAttribute("ref")));
        }
        List<Element> bean = children(argument, "bean");
        if (!bean.isEmpty()) {
            return typeOf(bean.get(0));
        }
        if (!children(argument, "list").isEmpty()) {
            return Optional.of(List.class);
        }
        fail("a constructor-arg without ref, bean or list: " + argument.getParentNode().getAttributes()
                .getNamedItem("class"));
        return Optional.empty();
    }

    private static Optional<Class<?>> typeOf(Element bean) {
        String factoryMethod = bean.getAttribute("factory-method");
        if (factoryMethod.isEmpty()) {
            return Optional.of(load(bean.getAttribute("class")));
        }
        Class<?> owner = bean.getAttribute("factory-bean").isEmpty() ? load(bean.getAttribute("class"))
                : typesById.get(bean.getAttribute("factory-bean"));
        if (owner == null) {
            return Optional.empty();
        }
        return Arrays.stream(owner.getMethods()).filter(method -> method.getName().equals(factoryMethod)
                && method.getParameterCount() == 0).findFirst().map(Method::getReturnType);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SpringContextWiringTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the context names a class that does not exist: " + name, e);
        }
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
