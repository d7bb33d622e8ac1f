package com.salesteam.jira.packaging;

import com.salesteam.jira.store.testing.AtlassianTableNameConverter;
import com.salesteam.jira.store.testing.TestActiveObjects;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Checks the jar that Jira would install: descriptor, classes, i18n, manifest, no host classes, AO names. */
public class PluginJarIT {

    private static final String APP_PACKAGE = "com.salesteam.jira.";
    private static final List<String> FORBIDDEN = List.of("com/atlassian/", "com/opensymphony/", "webwork/",
            "org/ofbiz/", "net/java/ao/");

    private static File jarFile;
    private static Set<String> entries;
    private static Document descriptor;
    private static Properties english;
    private static Properties chinese;
    private static Attributes manifest;

    @BeforeClass
    public static void openJar() throws Exception {
        String path = System.getProperty("salesteam.jar");
        assertNotNull("failsafe passes the jar's path as salesteam.jar", path);
        jarFile = new File(path);
        assertTrue("the jar exists: " + path, jarFile.isFile());
        try (JarFile jar = new JarFile(jarFile)) {
            entries = new TreeSet<>();
            Collections.list(jar.entries()).forEach(entry -> entries.add(entry.getName()));
            descriptor = parse(jar, "atlassian-plugin.xml");
            english = properties(jar, "i18n/salesteam.properties");
            chinese = properties(jar, "i18n/salesteam_zh_CN.properties");
            manifest = jar.getManifest().getMainAttributes();
        }
    }

    @Test
    public void descriptorNamesThePluginAndIsFiltered() {
        Element root = descriptor.getDocumentElement();
        assertEquals(System.getProperty("salesteam.plugin.key"), root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        assertFalse("no unfiltered ${...} left", text(descriptor).contains("${"));
    }

    @Test
    public void projectSetupCreatesMoneyFieldsOfTheTypeThisDescriptorDeclares() throws Exception {
        java.lang.reflect.Field constant = Class.forName("com.salesteam.jira.jira.setup.FieldKinds").getDeclaredField("MONEY_TYPE");
        constant.setAccessible(true);
        String moneyType = (String) constant.get(null);
        List<String> declared = new ArrayList<>();
        for (Element type : all(descriptor, "customfield-type")) {
            declared.add(descriptor.getDocumentElement().getAttribute("key") + ":" + type.getAttribute("key"));
        }
        assertTrue(declared + " lacks " + moneyType, declared.contains(moneyType));
    }

    @Test
    public void everyAppClassTheDescriptorNamesIsInTheJar() {
        List<String> named = new ArrayList<>();
        for (Element element : all(descriptor, "*")) {
            if (element.hasAttribute("class")) {
                named.add(element.getAttribute("class"));
            }
            if (Set.of("entity", "upgradeTask").contains(element.getTagName())) {
                named.add(element.getTextContent().strip());
            }
            if (element.getTagName().equals("method")) {
                named.add(element.getTextContent().strip().split("#")[0]);
            }
        }
        assertTrue("the descriptor names classes", named.size() > 5);
        for (String name : named) {
            if (name.startsWith(APP_PACKAGE)) {
                assertTrue("class in jar: " + name, entries.contains(name.replace('.', '/') + ".class"));
            } else {
                assertTrue("a class not of the app must be Jira's: " + name, name.startsWith("com.atlassian."));
            }
        }
    }

    @Test
    public void everyResourceTheDescriptorNamesIsInTheJar() {
        for (Element resource : all(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            if (resource.getAttribute("type").equals("i18n")) {
                assertTrue(entries.contains(location + ".properties"));
                assertTrue(entries.contains(location + "_zh_CN.properties"));
            } else {
                assertTrue("resource in jar: " + location, entries.contains(location));
            }
        }
        for (Element param : all(descriptor, "param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                assertTrue("icon in jar: " + param.getTextContent(), entries.contains(param.getTextContent().strip()));
            }
        }
    }

    @Test
    public void everyI18nKeyTheDescriptorNamesExistsInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (Element element : all(descriptor, "*")) {
            for (String attribute : List.of("key", "i18n-name-key")) {
                boolean isTextKey = attribute.equals("i18n-name-key")
                        || Set.of("label", "description", "tooltip", "title").contains(element.getTagName());
                if (isTextKey && element.hasAttribute(attribute)) {
                    keys.add(element.getAttribute(attribute));
                }
            }
        }
        assertFalse("the descriptor uses i18n keys", keys.isEmpty());
        for (String key : keys) {
            assertNotNull("en: " + key, english.getProperty(key));
            assertNotNull("zh_CN: " + key, chinese.getProperty(key));
        }
        assertEquals("both languages have the same keys", english.stringPropertyNames(), chinese.stringPropertyNames());
    }

    @Test
    public void manifestMakesATransformerlessPlugin() {
        String key = System.getProperty("salesteam.plugin.key");
        assertEquals(key, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertNotNull(manifest.getValue("Bundle-Version"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        String header = manifest.getValue("Import-Package");
        assertNotNull(header);
        Set<String> imports = importedPackages(header);
        for (String needed : List.of("com.atlassian.activeobjects.external", "com.atlassian.jira.security",
                "com.atlassian.sal.api.message", "javax.ws.rs", "net.java.ao")) {
            assertTrue("imports " + needed + ": " + header, imports.contains(needed));
        }
        for (String clause : clauses(header)) {
            if (clause.startsWith("org.springframework") || clause.startsWith("org.eclipse.gemini")) {
                assertTrue("Spring is optional: " + clause, clause.contains("resolution:=optional"));
            }
            if (clause.startsWith("javax.servlet") || clause.startsWith("javax.ws.rs")) {
                assertFalse("no version range a Jira build might not match: " + clause, clause.contains("version=\"["));
            }
        }
        assertFalse("no app package imported from elsewhere",
                imports.stream().anyMatch(pkg -> pkg.startsWith(APP_PACKAGE)));
    }

    @Test
    public void noHostClassesAreBundled() {
        for (String entry : entries) {
            for (String prefix : FORBIDDEN) {
                assertFalse("host class leaked into the jar: " + entry, entry.startsWith(prefix));
            }
        }
        assertTrue(entries.stream().anyMatch(entry -> entry.startsWith("com/salesteam/jira/") && entry.endsWith(".class")));
    }

    @Test
    public void springContextNamesOnlyClassesInTheJarOrImported() throws Exception {
        Set<String> imports = importedPackages(manifest.getValue("Import-Package"));
        try (JarFile jar = new JarFile(jarFile)) {
            Document spring = parse(jar, "META-INF/spring/plugin-context.xml");
            for (Element bean : all(spring, "bean")) {
                String name = bean.getAttribute("class");
                if (name.startsWith(APP_PACKAGE)) {
                    assertTrue("bean class in jar: " + name, entries.contains(name.replace('.', '/') + ".class"));
                }
            }
            List<Element> references = all(spring, "osgi:reference");
            assertFalse(references.isEmpty());
            for (Element reference : references) {
                String type = reference.getAttribute("interface");
                String pkg = type.substring(0, type.lastIndexOf('.'));
                assertTrue("package of " + type + " is imported", imports.contains(pkg));
            }
        }
    }

    @Test
    public void activeObjectsNamesFitThirtyCharacters() throws Exception {
        Element ao = all(descriptor, "ao").get(0);
        assertEquals("tests use the descriptor's namespace", TestActiveObjects.NAMESPACE, ao.getAttribute("namespace"));
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(ao.getAttribute("namespace"));
        FieldNameConverter columns = new UnderscoreFieldNameConverter(true);
        List<Element> entityElements = all(descriptor, "entity");
        assertFalse(entityElements.isEmpty());
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jarFile.toURI().toURL()}, getClass().getClassLoader())) {
            for (Element element : entityElements) {
                Class<?> entity = Class.forName(element.getTextContent().strip(), false, loader);
                String table = tables.tableName(entity);
                assertTrue("table name " + table + " has at most 30 characters", table.length() <= 30);
                assertFalse("no reserved word: " + table, Pattern.compile("_(BLOB|CLOB|NUMBER|ROWID|TIMESTAMP|VARCHAR2)$").matcher(table).find());
                for (Method method : entity.getMethods()) {
                    boolean appColumn = method.getDeclaringClass().getName().startsWith(APP_PACKAGE);
                    if (appColumn && (method.getName().startsWith("get") || method.getName().startsWith("is"))) {
                        String column = columns.getName(method);
                        assertTrue("column " + table + "." + column + " has at most 30 characters", column.length() <= 30);
                    }
                }
            }
        }
    }

    private static List<Element> all(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Document document) {
        return document.getDocumentElement().getTextContent()
                + all(document, "*").stream().map(e -> {
                    StringBuilder attributes = new StringBuilder();
                    for (int i = 0; i < e.getAttributes().getLength(); i++) {
                        attributes.append(e.getAttributes().item(i).getNodeValue()).append(' ');
                    }
                    return attributes.toString();
                }).reduce("", String::concat);
    }

    private static Document parse(JarFile jar, String name) throws Exception {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull("jar has " + name, entry);
        try (InputStream in = jar.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Properties properties(JarFile jar, String name) throws Exception {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull("jar has " + name, entry);
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(entry)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The clauses of a manifest header, split at commas outside quoted version ranges. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().strip());
        return clauses;
    }

    private static Set<String> importedPackages(String header) {
        Set<String> packages = new TreeSet<>();
        for (String clause : clauses(header)) {
            packages.add(clause.split(";")[0].strip());
        }
        return packages;
    }
}
