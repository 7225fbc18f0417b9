package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.OfferFormatException;

import com.counteroffer.domain.client.ClientName;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.offer.Offer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers as CSV: one row per offer, one column per {@code counteroffer.offer/2} key. Nested keys
 * are spelled as paths, the same paths the offer reader names in its messages: {@code equity.type},
 * {@code sign_on[0].amount}, {@code equity.vesting.yearly_pct[2]}. An optional first column
 * {@code client} names the client an offer belongs to. See docs/import-export.md.
 *
 * <p>Reading turns each row back into the JSON object its columns spell and checks it with
 * {@link OfferJson}, so a CSV row is held to exactly the rules of an offer file.
 */
public final class OfferCsv {

    public static final String CLIENT_COLUMN = "client";

    /** Keys whose values are always text, even when they look like a number ("3M", "2026"). */
    private static final Set<String> TEXT_KEYS = Set.of("format", "company", "title", "level", "location",
            "start_date", "deadline", "status", "remote_policy", "notes", "type", "cadence", "vesting", "option_type",
            "valuation_basis", "name", "kind");
    /**
     * Columns of free text, kept exactly as the cell holds them, as an offer file keeps them. Spaces
     * around any other cell (a number, a date, an id) can't mean anything and are ignored.
     */
    private static final Set<String> FREE_TEXT_COLUMNS = Set.of("company", "title", "location", "notes");
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\[\\d{1,4}])*(\\.[a-z0-9_]+(\\[\\d{1,4}])*)*");
    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)|\\[(\\d+)]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?([eE][+-]?\\d{1,3})?");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Longer lists than any offer has (vesting years, sign-on payments) are mistakes, not data. */
    private static final int MAX_INDEX = 100;
    private static final int PROGRESS_EVERY = 250;

    private OfferCsv() {
    }

    // ---------------------------------------------------------------- writing

    /**
     * The offers of these clients as one CSV document. With {@code clientColumn}, the first column
     * names each offer's client; the other columns are the keys any of the offers uses.
     */
    public static String write(List<ClientBundle> clients, boolean clientColumn) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (ClientBundle client : clients) {
            for (Offer offer : client.offers()) {
                Map<String, String> cells = new LinkedHashMap<>();
                flatten(OfferJson.tree(offer), "", cells);
                rows.add(cells);
                owners.add(client.name());
            }
        }
        List<String> columns = columns(rows);
        List<String> header = new ArrayList<>();
        if (clientColumn) {
            header.add(CLIENT_COLUMN);
        }
        header.addAll(columns);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> record = new ArrayList<>();
            if (clientColumn) {
                record.add(owners.get(i));
            }
            for (String column : columns) {
                record.add(rows.get(i).get(column));
            }
            records.add(record);
        }
        return CsvWriter.write(header, records);
    }

    private static void flatten(JsonNode node, String path, Map<String, String> cells) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry ->
                    flatten(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), cells));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", cells);
            }
        } else if (!node.isNull()) {
            cells.put(path, node.isNumber() ? node.decimalValue().toPlainString() : node.asText());
        }
    }

    /** Every column any row uses: by top-level key in file order, then list position, then first use. */
    private static List<String> columns(List<Map<String, String>> rows) {
        Map<String, Integer> shapeRank = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            for (String path : row.keySet()) {
                all.add(path);
                shapeRank.putIfAbsent(shape(path), shapeRank.size());
            }
        }
        Comparator<String> order = Comparator.<String>comparingInt(path -> topRank(path))
                .thenComparing(OfferCsv::indexes, OfferCsv::compareIndexes)
                .thenComparingInt(path -> shapeRank.get(shape(path)));
        return all.stream().sorted(order).toList();
    }

    private static int topRank(String path) {
        int rank = OfferJson.KEY_ORDER.indexOf(topKey(path));
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    /** The top-level key a column path starts with: "equity" for "equity.vesting[0]". */
    private static String topKey(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return path.substring(0, end);
    }

    private static String shape(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    private static List<Integer> indexes(String path) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = INDEX.matcher(path);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static int compareIndexes(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = Integer.compare(a.get(i), b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a whole CSV document of offers, grouped by the {@code client} column (offers without one
     * are in a group with a null name).
     *
     * @param cancelled asked every few hundred rows; when true, reading stops with a CancellationException
     * @throws ImportException listing the problems, each with its row and column (reading stops after
     *     {@link ImportException#MAX_LISTED})
     */
    public static List<ClientBundle> read(String csv, String origin, ProgressListener progress,
                                          BooleanSupplier cancelled) {
        ImportProblems problems = new ImportProblems();
        try {
            return read(CsvWriter.records(csv), problems, progress, cancelled, origin);
        } catch (ImportProblems.Full full) {
            throw problems.stopped(origin, full);
        } catch (CsvWriter.MalformedCsvException e) {
            // The rows after it can't be told apart, so reading ends here, with what was found before.
            problems.add(new ImportProblem("row " + e.row(), "", e.reason()));
            throw problems.refusal(origin);
        }
    }

    /** Reads the records one by one: a large file is never held as cells all at once. */
    private static List<ClientBundle> read(CsvWriter.Records records, ImportProblems problems,
                                           ProgressListener progress, BooleanSupplier cancelled, String origin) {
        // Blank lines are skipped, but rows keep the numbers a spreadsheet shows for them.
        List<String> first = records.next();
        while (first != null && blank(first)) {
            first = records.next();
        }
        if (first == null) {
            throw new ImportException(origin, List.of(new ImportProblem("file", "",
                    "the file is empty; the first row names the columns (format,company,base,…), one offer per row")));
        }
        List<String> header = first.stream().map(String::strip).toList();
        headerProblems(header, "row " + records.number(), problems);
        if (!problems.isEmpty()) {
            throw problems.refusal(origin);
        }
        int clientIndex = header.indexOf(CLIENT_COLUMN);
        Map<String, List<Offer>> byClient = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (List<String> record = records.next(); record != null; record = records.next()) {
            int number = records.number();
            if (number % PROGRESS_EVERY == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The import was cancelled; nothing was imported.");
                }
                progress.progress(records.fraction(), "Checking row " + number);
            }
            if (blank(record)) {
                continue;
            }
            String row = "row " + number;
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(row, "", "has " + record.size() + " cells but the first row names "
                        + header.size() + " columns; a cell with a comma must be in double quotes"));
                continue;
            }
            String client = clientIndex < 0 || record.get(clientIndex).isBlank() ? null
                    : record.get(clientIndex).strip();
            if (client != null && ClientName.problem(client) != null) {
                problems.add(new ImportProblem(row, CLIENT_COLUMN, ClientName.problem(client)));
            }
            Offer offer = offer(header, record, row, problems);
            if (offer != null && problems.isEmpty()) {
                String key = client == null ? "" : client.toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, client);
                byClient.computeIfAbsent(key, k -> new ArrayList<>()).add(offer);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(origin);
        }
        List<ClientBundle> bundles = new ArrayList<>();
        byClient.forEach((key, offers) -> bundles.add(new ClientBundle(spelling.get(key), offers, List.of())));
        return bundles;
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static void headerProblems(List<String> header, String headerRow, ImportProblems problems) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                problems.add(new ImportProblem(headerRow, "", "a column has no name; name it (company, base, …) "
                        + "or delete it"));
            } else if (!PATH.matcher(column).matches()) {
                problems.add(new ImportProblem(headerRow, column, "not a column name; columns are the keys of "
                        + "an offer file in lower case, such as company, base, equity.grant_value or sign_on[0].amount"));
            } else if (!seen.add(column)) {
                problems.add(new ImportProblem(headerRow, column, "this column appears twice; keep one"));
            } else if (!column.equals(CLIENT_COLUMN) && !OfferJson.KEY_ORDER.contains(topKey(column))) {
                // Said once here rather than on every row that fills the column.
                problems.add(new ImportProblem(headerRow, column, OfferJson.unknownKey(topKey(column),
                        OfferJson.KEY_ORDER.toArray(String[]::new)) + " (and " + CLIENT_COLUMN + ")"));
            } else if (indexes(column).stream().anyMatch(index -> index > MAX_INDEX)) {
                problems.add(new ImportProblem(headerRow, column, "a list position above " + MAX_INDEX
                        + " is not plausible; check the column name"));
            }
        }
        for (String required : List.of("company", "base")) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(headerRow, required, "no column called " + required
                        + "; the first row must name the columns, e.g. format,company,base"));
            }
        }
    }

    /** The offer a row spells, or null with its problems added. */
    private static Offer offer(List<String> header, List<String> record, String row, ImportProblems problems) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", OfferJson.FORMAT); // a hand-made sheet may leave the column out
        int before = problems.size();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String cell = FREE_TEXT_COLUMNS.contains(column) ? record.get(c) : record.get(c).strip();
            if (column.equals(CLIENT_COLUMN) || cell.isEmpty()) {
                continue;
            }
            JsonNode value = value(column, cell);
            if (value == null) {
                problems.add(new ImportProblem(row, column, "the number " + shorten(cell)
                        + " is far outside any amount an offer can have"));
            } else if (!place(root, column, value)) {
                problems.add(new ImportProblem(row, column, "this row also fills a column inside this one or around it (such as equity.vesting and "
                        + "equity.vesting.cliff_months); fill only one of them"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return OfferJson.fromTree(root, row);
        } catch (OfferFormatException e) {
            problems.addAll(ImportProblem.ofOffer(row, e));
            return null;
        }
    }

    /** The JSON value a cell stands for; null for a number too large to be anything but a mistake. */
    private static JsonNode value(String column, String cell) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String key = lastKey(column);
        if (TEXT_KEYS.contains(key) && !column.endsWith("]")) {
            return nodes.textNode(cell);
        }
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            return nodes.booleanNode(Boolean.parseBoolean(cell.toLowerCase(Locale.ROOT)));
        }
        if (!NUMBER.matcher(cell).matches()) {
            return nodes.textNode(cell); // the offer reader says what was expected instead
        }
        BigDecimal number = new BigDecimal(cell);
        if ((long) number.precision() - number.scale() > StrictJson.MAX_WHOLE_DIGITS || number.scale() > StrictJson.MAX_DECIMALS) {
            return null;
        }
        if (cell.indexOf('.') < 0 && cell.indexOf('e') < 0 && cell.indexOf('E') < 0) {
            BigInteger whole = new BigInteger(cell);
            return whole.bitLength() < 64 ? nodes.numberNode(whole.longValue()) : nodes.numberNode(whole);
        }
        return nodes.numberNode(number);
    }

    private static String lastKey(String column) {
        String withoutIndexes = column.replaceAll("\\[\\d+]", "");
        return withoutIndexes.substring(withoutIndexes.lastIndexOf('.') + 1);
    }

    /** Puts {@code value} at {@code path}, making objects and lists on the way; false when the row's shape clashes. */
    private static boolean place(ObjectNode root, String path, JsonNode value) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            segments.add(matcher.group(1) != null ? matcher.group(1) : (Object) Integer.valueOf(matcher.group(2)));
        }
        JsonNode container = root;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            Object next = last ? null : segments.get(i + 1);
            JsonNode child;
            if (segment instanceof String key) {
                if (!(container instanceof ObjectNode object)) {
                    return false;
                }
                child = object.get(key);
                if (last) {
                    // Something already built here means two columns claim one place (equity.vesting
                    // and equity.vesting.cliff_months): refused rather than one silently winning.
                    // Only the format, which the reader fills in beforehand, may be given by a column.
                    if (child != null && !child.isNull() && !(i == 0 && key.equals("format"))) {
                        return false;
                    }
                    object.set(key, value);
                    return true;
                }
                if (child == null || child.isNull()) {
                    child = next instanceof Integer ? object.putArray(key) : object.putObject(key);
                }
            } else {
                if (!(container instanceof ArrayNode array)) {
                    return false;
                }
                int index = (Integer) segment;
                while (array.size() <= index) {
                    array.addNull();
                }
                child = array.get(index);
                if (last) {
                    if (!child.isNull()) {
                        return false;
                    }
                    array.set(index, value);
                    return true;
                }
                if (child.isNull()) {
                    child = next instanceof Integer ? JsonNodeFactory.instance.arrayNode()
                            : JsonNodeFactory.instance.objectNode();
                    array.set(index, child);
                }
            }
            container = child;
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
