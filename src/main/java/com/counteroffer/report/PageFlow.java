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
    /** The report's type scale: every size drawn is one of these. */
    static final float TITLE_SIZE = 22;
    static final float HEADING_SIZE = 15;
    static final float SUBHEADING_SIZE = 11;
    static final float BODY_SIZE = 9.5f;
    /** Notes, chart labels, captions' small print and the running header and footer; 8 pt stays readable printed. */
    static final float SMALL_SIZE = 8;
    static final float LEADING = 1.3f;
    /** Room a heading keeps below itself on its page: the first two lines of the block after it. */
    private static final float KEEP_WITH_NEXT = 2 * BODY_SIZE * LEADING + 4;
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

    /** The lowest a block may reach on a page: above the footer. */
    float bottom() {
        return MARGIN + FOOTER_SPACE;
    }

    /** Moves down by {@code height} points. */
    void advance(float height) {
        y -= height;
    }

    /** A section heading, kept on the page with at least the first lines of what follows it. */
    void heading(String text) throws IOException {
        ensure(36 + KEEP_WITH_NEXT);
        advance(8);
        text(left(), y - 14, PdfText.safe(text), BOLD, HEADING_SIZE);
        advance(20);
        rule(y, 0.6f);
        advance(8);
    }

    void subheading(String text) throws IOException {
        List<String> lines = PdfText.wrap(text, BOLD, SUBHEADING_SIZE, width());
        ensure(6 + lines.size() * 14 + KEEP_WITH_NEXT);
        advance(4);
        for (String line : lines) {
            text(left(), y - SUBHEADING_SIZE, line, BOLD, SUBHEADING_SIZE);
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
        List<String> lines = PdfText.wrap(text, font, size, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            breakBefore(i, lines.size(), lineHeight);
            text(left() + indent, y - size, lines.get(i), font, size);
            advance(lineHeight);
        }
        advance(size * 0.35f);
    }

    /**
     * Starts a new page before line {@code index} of a block of {@code count} lines where needed so
     * that no page holds a single line of it: a block of up to three lines moves whole, a longer one
     * leaves at least two lines behind and carries at least two over.
     */
    private void breakBefore(int index, int count, float lineHeight) throws IOException {
        if (content == null) {
            newPage();
            return;
        }
        float room = y - bottom();
        if (index == 0) {
            int fit = (int) Math.floor(room / lineHeight + 0.001f);
            if (fit < count && (count <= 3 || fit < 2)) {
                newPage();
            }
            return;
        }
        int left = count - index;
        if (room < lineHeight || (left == 2 && room < 2 * lineHeight)) {
            newPage();
        }
    }

    /** A hyphen-led item, its wrapped lines hanging under the first word. */
    void bullet(String text, float indent) throws IOException {
        float size = BODY_SIZE;
        float lineHeight = size * LEADING;
        List<String> lines = PdfText.wrap(text, REGULAR, size, width() - indent - 10);
        for (int i = 0; i < lines.size(); i++) {
            breakBefore(i, lines.size(), lineHeight);
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
            breakBefore(i, lines.size(), lineHeight);
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
