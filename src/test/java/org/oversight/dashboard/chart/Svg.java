package org.oversight.dashboard.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an SVG the way a test wants to look at it: as a parsed document and the words drawn on it. */
final class Svg {

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

    /** The style attribute of the first text element that reads exactly {@code text}. */
    String styleOf(String text) {
        return textElements().stream().filter(e -> e.getTextContent().equals(text)).findFirst()
                .map(e -> e.getAttribute("style"))
                .orElseThrow(() -> new AssertionError("no text '" + text + "' in " + texts()));
    }

    private List<Element> textElements() {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
