package org.oversight.boardpack;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.oversight.base.i18n.Language;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a board pack as a tagged PDF (PDF/UA; decision 0031): HTML from the Thymeleaf template
 * {@code templates/print/board-pack.html}, laid out on A4 by openhtmltopdf, with every chart drawn straight onto
 * the page as vectors from the same JFreeChart the dashboard draws, through PDFBox's Graphics2D bridge. The text
 * is real text in an embedded font (Liberation Sans, which has ŵ and ŷ); the document language, title, bookmarks,
 * reading order and structure tags come from the HTML.
 */
@Component
class BoardPackPdf {

    static final String TEMPLATE = "print/board-pack";
    private static final String FONT = "Liberation Sans"; // i18n-ok: a font name

    private final ITemplateEngine templates;

    BoardPackPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(BoardPackContent content) {
        Context context = new Context(Language.current().locale());
        context.setVariable("pack", content);
        return templates.process(TEMPLATE, context);
    }

    /** @param charts the drawings of {@code content.charts()}, by index */
    byte[] pdf(BoardPackContent content, List<JFreeChart> charts) {
        String html = html(content);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer("jfreechart", chartDrawer(charts));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true); // i18n-ok: a file name
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true); // i18n-ok: a file name
            builder.useObjectDrawerFactory(drawers);
            builder.withProducer("Oversight Tracker"); // i18n-ok: the product's name in the file's metadata
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the board pack could not be written", e); // i18n-ok: for the log
        }
        return out.toByteArray();
    }

    /** Draws {@code <object type="jfreechart" data-chart="n">} as chart n, scaled to the box the layout gave it. */
    private static FSObjectDrawer chartDrawer(List<JFreeChart> charts) {
        return (element, x, y, width, height, device, ctx, dotsPerPixel) -> {
            int index = Integer.parseInt(element.getAttribute("data-chart"));
            JFreeChart chart = charts.get(index);
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g2 -> chart.draw(g2, new Rectangle2D.Float(0, 0, w, h)));
            return Map.of();
        };
    }

    private static InputStream font(String file) {
        InputStream in = BoardPackPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + file);
        }
        return in;
    }
}
