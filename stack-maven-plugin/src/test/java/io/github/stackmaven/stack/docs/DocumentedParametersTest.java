package io.github.stackmaven.stack.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide cannot drift from the plugin: every parameter of every goal in the generated descriptor is
 * documented (by its property, or by its name when it has none), and every {@code stack.*} property the guide
 * mentions exists.
 */
class DocumentedParametersTest {
    /** Names the guide uses that are values up exports, not parameters: {@code stack.project}, {@code stack.S.host|port}. */
    private static final Set<String> NOT_PARAMETERS = Set.of("stack.project", "stack.debug" /* stack-junit's console detail (docs/junit.md) */);
    private static final Pattern EXPORTED = Pattern.compile("stack\\.[a-z0-9_-]+\\.(host|port)");
    private static final Pattern PROPERTY = Pattern.compile("`-?D?(stack\\.[a-z][a-zA-Z]*(?:\\.[a-z][a-zA-Z]*)*)"
            + "(?:=[^`]*)?`");

    private static String docs;
    private static Set<String> properties;
    private static List<String[]> parameters;

    @BeforeAll
    static void read() throws Exception {
        Path dir = Path.of(System.getProperty("stack.docs.dir", "../docs"));
        assertThat(dir).as("the user guide (system property stack.docs.dir)").isDirectory();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                text.append(Files.readString(f)).append('\n');
            }
        }
        docs = text.toString();
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).as("the plugin descriptor generated before the tests").isRegularFile();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        properties = new TreeSet<>();
        parameters = new ArrayList<>();
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            Element config = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                if (!"true".equals(text(p, "editable")) || goal.equals("help")) {
                    continue;
                }
                String name = text(p, "name");
                String property = propertyOf(config, name);
                if (property != null) {
                    properties.add(property);
                }
                parameters.add(new String[] {goal, name, property});
            }
        }
    }

    @Test
    void everyParameterOfEveryGoalIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (String[] p : parameters) {
            String goal = p[0];
            String name = p[1];
            String property = p[2];
            boolean documented = property != null ? docs.contains(property) : docs.contains("`" + name + "`");
            if (!documented) {
                missing.add("stack:" + goal + " " + name + (property != null ? " (" + property + ")" : ""));
            }
        }
        assertThat(missing).as("parameters missing from docs/").isEmpty();
    }

    @Test
    void everyDocumentedPropertyExists() {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PROPERTY.matcher(docs);
        while (m.find()) {
            String name = m.group(1);
            if (!properties.contains(name) && !NOT_PARAMETERS.contains(name) && !EXPORTED.matcher(name).matches()
                    && !isPrefixOfAParameter(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("stack.* properties in docs/ that no goal has").isEmpty();
    }

    @Test
    void theCheckSeesTheGoals() {
        assertThat(parameters).extracting(p -> p[0]).contains("up", "down", "ps", "logs", "config");
        assertThat(properties).contains("stack.environment", "stack.timeout", "stack.removeVolumes");
    }

    /** {@code stack.buildArgs} introduces {@code stack.buildArgs.<NAME>}; such prefixes are fine. */
    private static boolean isPrefixOfAParameter(String name) {
        return properties.stream().anyMatch(p -> name.startsWith(p + "."));
    }

    private static String propertyOf(Element config, String name) {
        if (config == null) {
            return null;
        }
        NodeList n = config.getElementsByTagName(name);
        if (n.getLength() == 0) {
            return null;
        }
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(n.item(0).getTextContent());
        return m.find() && m.group(1).startsWith("stack.") ? m.group(1) : m.find(0) ? m.group(1) : null;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }
}
