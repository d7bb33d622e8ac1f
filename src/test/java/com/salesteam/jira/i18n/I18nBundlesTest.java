package com.salesteam.jira.i18n;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Both languages carry every key, Chinese texts are real Chinese, and every key the code uses exists. */
public class I18nBundlesTest {

    private static final Path MAIN = Paths.get("src", "main");
    /** Strings that look like keys but name something else (web-resource contexts). */
    private static final Set<String> NOT_KEYS = Set.of("salesteam.admin");
    private static final Pattern KEY_LITERAL = Pattern.compile("[\"'](salesteam\\.[a-z0-9_.]+[a-z0-9])[\"']");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    public void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("i18n/salesteam.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("i18n/salesteam_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals("keys missing in salesteam_zh_CN.properties", Set.of(), onlyEnglish);
        assertEquals("keys missing in salesteam.properties", Set.of(), onlyChinese);
        assertTrue("the bundles are not empty", english.size() > 10);
    }

    /** Jira formats every text with MessageFormat, where a lone apostrophe starts a quote and vanishes. */
    @Test
    public void noKeyIsDefinedTwice() throws IOException {
        // Properties keeps the last of two lines with one key: the first text would silently never show
        for (String bundle : List.of("i18n/salesteam.properties", "i18n/salesteam_zh_CN.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(Paths.get("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertEquals(bundle + " defines these keys twice", List.of(), twice);
        }
    }

    @Test
    public void apostrophesAreDoubled() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String bundle : List.of("i18n/salesteam.properties", "i18n/salesteam_zh_CN.properties")) {
            Properties texts = load(bundle);
            List<String> bad = texts.stringPropertyNames().stream()
                    .filter(key -> lone.matcher(texts.getProperty(key)).find()).sorted().toList();
            assertTrue(bundle + ": " + bad, bad.isEmpty());
        }
    }

    @Test
    public void chineseTextsAreTranslated() throws IOException {
        Properties english = load("i18n/salesteam.properties");
        Properties chinese = load("i18n/salesteam_zh_CN.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : chinese.stringPropertyNames()) {
            String text = chinese.getProperty(key);
            if (!CJK.matcher(text).find() || text.equals(english.getProperty(key))) {
                untranslated.add(key);
            }
        }
        assertEquals("zh_CN texts without Chinese", List.of(), untranslated);
    }

    @Test
    public void everyKeyUsedInCodeTemplatesAndScriptsExists() throws IOException {
        Properties english = load("i18n/salesteam.properties");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(I18nBundlesTest::isSource).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (NOT_KEYS.contains(key)) {
                        continue;
                    }
                    found++;
                    if (english.getProperty(key) == null) {
                        missing.add(key + " (" + file + ")");
                    }
                }
            }
        }
        assertEquals("keys used but not defined", Set.of(), missing);
        assertTrue("the scan finds the keys the code uses", found > 20);
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".vm") || name.endsWith(".js") || name.endsWith(".xml");
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
