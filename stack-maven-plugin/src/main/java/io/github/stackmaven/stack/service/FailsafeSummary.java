package io.github.stackmaven.stack.service;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Failsafe's {@code failsafe-summary.xml}: whether the integration tests failed, for {@code down} to print the
 * services' logs. A missing or unreadable summary means no failure is known.
 */
public final class FailsafeSummary {
    private FailsafeSummary() {
    }

    /** True when the summary counts a failure or an error (or failsafe recorded a failure message). */
    public static boolean testsFailed(Path summary) {
        if (summary == null || !Files.isRegularFile(summary)) {
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(summary.toFile());
            Element root = doc.getDocumentElement();
            return count(root, "failures") > 0 || count(root, "errors") > 0;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return false;
        }
    }

    private static int count(Element root, String name) {
        var nodes = root.getElementsByTagName(name);
        if (nodes.getLength() == 0) {
            return 0;
        }
        try {
            return Integer.parseInt(nodes.item(0).getTextContent().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
