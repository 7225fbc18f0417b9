package com.counteroffer.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flows blocks of text and drawings down the pages of a document, top to bottom, starting a new
 * page when the next block would not fit. Coordinates are PDF points with y growing upwards.
 */
final class PageFlow implements AutoCloseable {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final float MARGIN = 50;
    static final float BODY_SIZE = 9.5f;
    static final float LEADING = 1.3f;
    /** Room kept free at the bottom of each page for the footer. */
    private static final float FOOTER_SPACE = 30;

    private final PDDocument document;
    private final PDRectangle paper;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, PDRectangle paper) {
        this.document = document;
        this.paper = paper;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return paper.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    /** Where the next block starts (its top). */
    float y() {
        return y;
    }

    /** The drawing surface of the current page. */
    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(paper);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = paper.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (content == null || y - height < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    /** Moves down by {@code height} points. */
    void advance(float height) {
        y -= height;
    }

    void heading(String text) throws IOException {
        ensure(60);
        advance(8);
        text(left(), y - 14, PdfText.safe(text), BOLD, 15);
        advance(20);
        rule(y, 0.6f);
        advance(8);
    }

    void subheading(String text) throws IOException {
        ensure(40);
        advance(4);
        List<String> lines = PdfText.wrap(text, BOLD, 11, width());
        for (String line : lines) {
            text(left(), y - 11, line, BOLD, 11);
            advance(14);
        }
        advance(2);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, REGULAR, BODY_SIZE, 0);
    }

    /** Wrapped text; a paragraph that runs past the page continues on the next one. */
    void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        float lineHeight = size * LEADING;
        for (String line : PdfText.wrap(text, font, size, width() - indent)) {
            ensure(lineHeight);
            text(left() + indent, y - size, line, font, size);
            advance(lineHeight);
        }
        advance(size * 0.35f);
    }

    /** A hyphen-led item, its wrapped lines hanging under the first word. */
    void bullet(String text, float indent) throws IOException {
        float size = BODY_SIZE;
        float lineHeight = size * LEADING;
        List<String> lines = PdfText.wrap(text, REGULAR, size, width() - indent - 10);
        for (int i = 0; i < lines.size(); i++) {
            ensure(lineHeight);
            if (i == 0) {
                text(left() + indent, y - size, "-", REGULAR, size);
            }
            text(left() + indent + 10, y - size, lines.get(i), REGULAR, size);
            advance(lineHeight);
        }
        advance(1.5f);
    }

    /** "Label: value" with the label in bold, wrapped. */
    void field(String label, String value) throws IOException {
        String safeLabel = PdfText.safe(label) + ": ";
        float labelWidth = PdfText.width(safeLabel, BOLD, BODY_SIZE);
        float lineHeight = BODY_SIZE * LEADING;
        List<String> lines = PdfText.wrap(value, REGULAR, BODY_SIZE, width() - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensure(lineHeight);
            if (i == 0) {
                text(left(), y - BODY_SIZE, safeLabel, BOLD, BODY_SIZE);
            }
            text(left() + labelWidth, y - BODY_SIZE, lines.get(i), REGULAR, BODY_SIZE);
            advance(lineHeight);
        }
    }

    /** Draws black text (already safe) with its baseline at {@code baseline}. */
    void text(float x, float baseline, String safeText, PDFont font, float size) throws IOException {
        // Charts leave grey fills set; text is always black so it stays readable on any print.
        content.setNonStrokingColor(0f);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(safeText);
        content.endText();
    }

    void rule(float at, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.setStrokingColor(0f);
        content.moveTo(left(), at);
        content.lineTo(right(), at);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
