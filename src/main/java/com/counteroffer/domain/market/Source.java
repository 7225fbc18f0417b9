package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * Where figures come from. The address is kept as plain text for the user to read; the app is
 * offline and never opens it.
 *
 * @param year the publication year, or null when the source gives none ("n.d.")
 */
public record Source(String id, String title, String publisher, Integer year, String address, String note) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        address = address == null ? "" : address;
        note = note == null ? "" : note;
    }

    /** A short reference for output, e.g. "IZA World of Labor (n.d.): AI skill premium". */
    public String citation() {
        return publisher + " (" + (year == null ? "n.d." : year.toString()) + "): " + title;
    }
}
