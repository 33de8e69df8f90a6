package org.oversight.dashboard.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an SVG the way a test wants to look at it: as a parsed document and the words drawn on it. */
final class Svg {

    private static final Pattern RULE = Pattern.compile("\\.([\\w-]+)\\{([^}]*)}");

    private final Document document;

    private Svg(Document document) {
        this.document = document;
    }

    /** Parses the SVG; fails if it is not well-formed XML (a stray '&' in a force name would do that). */
    static Svg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new Svg(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every piece of text drawn, in drawing order. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Element e : textElements()) {
            texts.add(e.getTextContent());
        }
        return texts;
    }

    /**
     * The style of the first text element that reads exactly {@code text}: its class's rule in the SVG's
     * {@code <style>} (decision 0118), or its own style attribute.
     */
    String styleOf(String text) {
        return textElements().stream().filter(e -> e.getTextContent().equals(text)).findFirst()
                .map(this::styleOf)
                .orElseThrow(() -> new AssertionError("no text '" + text + "' in " + texts()));
    }

    /** The declarations that style {@code e}: its class's rule, or its style attribute when it has no class. */
    String styleOf(Element e) {
        String name = e.getAttribute("class");
        if (name.isEmpty()) {
            return e.getAttribute("style");
        }
        String rule = classRules().get(name);
        if (rule == null) {
            throw new AssertionError("class '" + name + "' has no rule in the SVG's <style>");
        }
        return rule;
    }

    /** The rules of the SVG's {@code <style>} elements, by class name: ".a{x: 1;}" gives a → "x: 1;". */
    Map<String, String> classRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        NodeList styles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Matcher m = RULE.matcher(styles.item(i).getTextContent());
            while (m.find()) {
                if (rules.put(m.group(1), m.group(2)) != null) {
                    throw new AssertionError("class '" + m.group(1) + "' defined twice");
                }
            }
        }
        return rules;
    }

    /** Every text element, in drawing order. */
    List<Element> textElements() {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
