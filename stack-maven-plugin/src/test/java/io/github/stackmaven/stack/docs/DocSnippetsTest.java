package io.github.stackmaven.stack.docs;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code blocks of the user guide cannot rot: POM snippets are well-formed and name only goals and parameters the
 * plugin has, compose snippets load, and commands name only existing goals and {@code stack.*} properties.
 */
class DocSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
    /** Inline commands: {@code `mvn stack:logs -Dstack.logs.follow=true`}. */
    private static final Pattern INLINE = Pattern.compile("`((?:\\./)?mvnw? [^`]+)`");
    private static final Pattern GOAL = Pattern.compile("stack:([a-z]+)");
    private static final Pattern PROPERTY = Pattern.compile("-D(stack\\.[a-zA-Z.]+)=");

    record Block(String file, String lang, String text) {
    }

    private static final List<Block> blocks = new ArrayList<>();
    private static final Set<String> goals = new TreeSet<>();
    private static final Set<String> parameters = new TreeSet<>();
    private static final Set<String> properties = new TreeSet<>();

    @BeforeAll
    static void read() throws Exception {
        Path dir = Path.of(System.getProperty("stack.docs.dir", "../docs"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        files.add(dir.resolveSibling("README.md"));
        for (Path f : files) {
            String text = Files.readString(f);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                blocks.add(new Block(f.getFileName().toString(), m.group(1), m.group(2)));
            }
            Matcher inline = INLINE.matcher(BLOCK.matcher(text).replaceAll(""));
            while (inline.find()) {
                blocks.add(new Block(f.getFileName().toString(), "inline", inline.group(1)));
            }
        }
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.add(mojo.getElementsByTagName("goal").item(0).getTextContent().trim());
            NodeList params = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                parameters.add(((Element) params.item(j)).getElementsByTagName("name").item(0).getTextContent().trim());
            }
            Node config = mojo.getElementsByTagName("configuration").item(0);
            if (config != null) {
                Matcher p = Pattern.compile("\\$\\{(stack\\.[^}]+)}").matcher(config.getTextContent());
                while (p.find()) {
                    properties.add(p.group(1));
                }
            }
        }
    }

    @Test
    void theGuideHasSnippetsToCheck() {
        assertThat(blocks.stream().filter(b -> b.lang().equals("xml"))).hasSizeGreaterThan(3);
        assertThat(blocks.stream().filter(b -> b.lang().equals("yaml"))).isNotEmpty();
        assertThat(blocks.stream().filter(b -> b.lang().equals("inline"))).hasSizeGreaterThan(5);
        assertThat(goals).contains("up", "down", "build", "push", "init");
    }

    @Test
    void pomSnippetsAreWellFormed_andUseOnlyRealGoalsAndParameters() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.lang().equals("xml")) {
                continue;
            }
            Element root;
            try {
                root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                        ("<snippet>" + b.text() + "</snippet>").getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            } catch (Exception e) {
                problems.add(b.file() + ": not well-formed XML: " + e.getMessage());
                continue;
            }
            NodeList plugins = root.getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                if (!"stack-maven-plugin".equals(child(plugin, "artifactId"))) {
                    continue;
                }
                NodeList g = plugin.getElementsByTagName("goal");
                for (int j = 0; j < g.getLength(); j++) {
                    String goal = g.item(j).getTextContent().trim();
                    if (!goals.contains(goal)) {
                        problems.add(b.file() + ": goal " + goal + " does not exist");
                    }
                }
                NodeList configs = plugin.getElementsByTagName("configuration");
                for (int j = 0; j < configs.getLength(); j++) {
                    for (Node n = configs.item(j).getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element e && !parameters.contains(e.getTagName())) {
                            problems.add(b.file() + ": parameter <" + e.getTagName() + "> does not exist");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void commandsNameOnlyRealGoalsAndProperties() {
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            if (b.lang().equals("xml") || b.lang().equals("yaml")) {
                continue;
            }
            for (String line : b.text().split("\n")) {
                if (!line.contains("mvn")) {
                    continue;
                }
                Matcher g = GOAL.matcher(line);
                while (g.find()) {
                    if (!goals.contains(g.group(1))) {
                        problems.add(b.file() + ": `" + line.trim() + "`: no goal " + g.group(1));
                    }
                }
                Matcher p = PROPERTY.matcher(line);
                while (p.find()) {
                    String name = p.group(1);
                    if (!properties.contains(name) && properties.stream().noneMatch(q -> name.startsWith(q + "."))) {
                        problems.add(b.file() + ": `" + line.trim() + "`: no property " + name);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void composeSnippetsLoad(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Block b : blocks) {
            if (!b.lang().equals("yaml") || !b.text().contains("services:")) {
                continue;
            }
            Path file = dir.resolve("snippet-" + (n++) + ".yaml");
            Files.writeString(file, b.text());
            try {
                ComposeLoader.load(LoadRequest.of(dir, Map.of(), file).withProjectName("docs"));
            } catch (ComposeException e) {
                problems.add(b.file() + ": " + e.getMessage());
            }
        }
        assertThat(n).isPositive();
        assertThat(problems).isEmpty();
    }

    /** Outside a project Maven resolves {@code stack:} only through settings.xml's plugin groups. */
    @Test
    void readmeShowsThePluginGroupThatTheStackPrefixNeedsOutsideAProject() throws Exception {
        Path readme = Path.of(System.getProperty("stack.docs.dir", "../docs")).resolveSibling("README.md");
        var descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        String groupId = child(descriptor, "groupId");
        assertThat(child(descriptor, "goalPrefix")).isEqualTo("stack");
        assertThat(Files.readString(readme))
                .contains("No plugin found for prefix 'stack'")
                .contains("<pluginGroups>\n    <pluginGroup>" + groupId + "</pluginGroup>\n  </pluginGroups>");
    }

    private static String child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent().trim();
            }
        }
        return null;
    }
}
