package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.oversight.dashboard.chart.ChartStyle.Variant;
import org.oversight.dashboard.chart.RenderedChart;

/**
 * A rendered chart as an image: the SVG is served by a {@link DownloadHandler} marked inline, so the page holds
 * only a URL and the browser caches nothing it should not (the URL belongs to this UI).
 */
final class ChartImage {

    private ChartImage() {
    }

    /**
     * The image of a chart in the theme's variant; with {@link ChartTheme#FOLLOW_SYSTEM}, a {@code <picture>} whose
     * dark source the browser takes when the system is dark.
     */
    static Component of(Function<Variant, RenderedChart> render, ChartTheme theme, String fileName) {
        return of(render.apply(main(theme)), render, theme, fileName);
    }

    /** As {@link #of(Function, ChartTheme, String)}, with the theme's main variant already rendered. */
    static Component of(RenderedChart main, Function<Variant, RenderedChart> render, ChartTheme theme, String fileName) {
        Image image = new Image(svg(main, fileName), main.altText());
        image.addClassName("chart-image");
        Div frame = new Div();
        frame.addClassName("chart-frame");
        if (theme == ChartTheme.FOLLOW_SYSTEM) {
            Element picture = new Element("picture");
            Element dark = new Element("source");
            dark.setAttribute("media", "(prefers-color-scheme: dark)");
            dark.setAttribute("type", "image/svg+xml");
            dark.setAttribute("srcset", svg(render.apply(Variant.DARK), fileName + "-dark"));
            picture.appendChild(dark, image.getElement());
            frame.getElement().appendChild(picture);
        } else {
            frame.add(image);
        }
        return frame;
    }

    /** The variant drawn for the theme (following the system, the light one, with the dark one as a source). */
    static Variant main(ChartTheme theme) {
        return theme == ChartTheme.DARK ? Variant.DARK : Variant.LIGHT;
    }

    private static DownloadHandler svg(RenderedChart chart, String fileName) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = chart.svg().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".svg", "image/svg+xml",
                    bytes.length);
        }).inline();
    }
}
