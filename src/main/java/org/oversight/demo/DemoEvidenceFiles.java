package org.oversight.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Small but genuine files (a one-page PDF, a PNG, text, CSV) standing in for the demo's evidence. */
final class DemoEvidenceFiles {

    record File(String contentType, byte[] bytes, String sha256) {
    }

    private DemoEvidenceFiles() {
    }

    static File make(DemoDataFile.Evidence evidence) {
        String name = evidence.file().toLowerCase();
        String note = evidence.note() != null ? evidence.note() : evidence.file();
        String text = "Demo evidence: " + note + "\nDated " + evidence.date() + "\n";
        byte[] bytes;
        String type;
        if (name.endsWith(".pdf")) {
            bytes = pdf(note);
            type = "application/pdf";
        } else if (name.endsWith(".png")) {
            bytes = png(note);
            type = "image/png";
        } else if (name.endsWith(".csv")) {
            bytes = ("item,status\n\"" + note.replace("\"", "'") + "\",done\n").getBytes(StandardCharsets.UTF_8);
            type = "text/csv";
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            type = "text/plain";
        }
        return new File(type, bytes, sha256(bytes));
    }

    /** A minimal one-page PDF 1.4 with the note as its text; cross-reference offsets computed as written. */
    private static byte[] pdf(String note) {
        String safe = note.replaceAll("[()\\\\]", " ").replaceAll("[^\\x20-\\x7E]", " ");
        String stream = "BT /F1 12 Tf 56 780 Td (Oversight Tracker demo evidence) Tj 0 -24 Td (" + safe + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png(String note) {
        BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 120);
        g.setColor(new Color(0x1f4e79));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Demo evidence", 16, 40);
        g.drawString(note.length() > 60 ? note.substring(0, 60) + "…" : note, 16, 70);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
