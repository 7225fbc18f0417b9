package com.counteroffer.data;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV for exported tables (RFC 4180), made safe to open in a spreadsheet.
 *
 * <p>Writing: a cell holding a comma, a double quote, CR or LF is quoted, with its quotes doubled;
 * every record, the last one too, ends with CRLF; a null cell is written empty.
 *
 * <p>Formula neutralisation: spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula, so an offer's company name or notes could run
 * code on the machine that opens the export. Such a cell gets a leading apostrophe, which spreadsheets
 * treat as "this is text" and do not show. This applies to numbers as well: {@code -1200} is written
 * {@code '-1200} and a spreadsheet reads it as text, not as a number. That is accepted: safety of the
 * file wins over arithmetic on negative cells.
 *
 * <p>So that {@link #read} gives back exactly what was written, a cell that already starts with
 * apostrophes followed by one of those characters (such as {@code '=x}) also gets one more
 * apostrophe, and reading removes exactly one from any cell of that shape.
 */
public final class CsvWriter {

    private static final String LINE_END = "\r\n";

    private CsvWriter() {
    }

    /** The header (left out when null or empty) and the rows as one CSV document. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        if (header != null && !header.isEmpty()) {
            record(csv, header);
        }
        for (List<String> row : rows) {
            record(csv, row);
        }
        return csv.toString();
    }

    /**
     * The records of a CSV document, header included, with the formula neutralisation undone. Records
     * may end with CRLF, LF or CR; a final line end is optional. A row written with no cells reads back
     * as one empty cell, since an empty line is one empty field in RFC 4180.
     *
     * @throws MalformedCsvException for a quoted cell that is not closed, or text after a closing quote
     */
    public static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        Records reader = records(csv);
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    /** The records of a CSV document one at a time, as {@link #read} reads them, so a large one need not be held whole. */
    public static Records records(String csv) {
        return new Records(csv);
    }

    /** Reads a CSV document record by record. */
    public static final class Records {

        private final String csv;
        private int at;
        private int number;

        private Records(String csv) {
            this.csv = csv;
        }

        /**
         * The next record, or null after the last.
         *
         * @throws MalformedCsvException for a quoted cell that is not closed, or text after a closing quote
         */
        public List<String> next() {
            int length = csv.length();
            if (at >= length) {
                return null;
            }
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            while (at < length) {
                char c = csv.charAt(at);
                // A quote opens a quoted cell only at the cell's start; elsewhere it is kept as text.
                if (c == '"' && cell.isEmpty()) {
                    at = quoted(csv, at, cell, number + 1);
                } else if (c == ',') {
                    record.add(restore(cell.toString()));
                    cell.setLength(0);
                    at++;
                } else if (c == '\r' || c == '\n') {
                    at += c == '\r' && at + 1 < length && csv.charAt(at + 1) == '\n' ? 2 : 1;
                    break;
                } else {
                    cell.append(c);
                    at++;
                }
            }
            record.add(restore(cell.toString()));
            number++;
            return record;
        }

        /** The number of the record {@link #next} returned last: 1 for the first, as a spreadsheet numbers rows. */
        public int number() {
            return number;
        }

        /** How much of the document has been read, from 0 to 1. */
        public double fraction() {
            return csv.isEmpty() ? 1 : (double) at / csv.length();
        }
    }

    /** Reads the quoted cell starting at {@code start} into {@code cell}; returns the index after it. */
    private static int quoted(String csv, int start, StringBuilder cell, int recordNumber) {
        int i = start + 1;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"') {
                if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                int after = i + 1;
                if (after < csv.length() && ",\r\n".indexOf(csv.charAt(after)) < 0) {
                    throw new MalformedCsvException(recordNumber, "text after the closing quote"
                            + " of a quoted cell; a quote inside a quoted cell must be doubled");
                }
                return after;
            }
            cell.append(c);
            i++;
        }
        throw new MalformedCsvException(recordNumber, "a quoted cell is not closed");
    }

    private static void record(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(neutralise(cells.get(i) == null ? "" : cells.get(i))));
        }
        csv.append(LINE_END);
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** One more apostrophe in front of a cell a spreadsheet would read as a formula. */
    static String neutralise(String cell) {
        return looksLikeFormula(cell, 0) ? "'" + cell : cell;
    }

    /** One apostrophe fewer in front of a cell {@link #neutralise} wrote. */
    static String restore(String cell) {
        return cell.startsWith("'") && looksLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether, after {@code from} and any apostrophes that follow, the cell starts with a formula character. */
    private static boolean looksLikeFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && isFormulaStart(cell.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A CSV document that can't be split into cells, with the record (1 = the first) where that shows. */
    public static final class MalformedCsvException extends IllegalArgumentException {

        private final int row;
        private final String reason;

        MalformedCsvException(int row, String reason) {
            super("row " + row + ": " + reason);
            this.row = row;
            this.reason = reason;
        }

        public int row() {
            return row;
        }

        public String reason() {
            return reason;
        }
    }
}
