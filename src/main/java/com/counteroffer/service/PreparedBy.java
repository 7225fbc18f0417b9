package com.counteroffer.service;

/**
 * The coach who hands a report over: a name and how to reach them (e-mail, phone or web address),
 * each optional. Printed on every report as "Prepared by".
 */
public record PreparedBy(String name, String contact) {

    public static final PreparedBy NONE = new PreparedBy("", "");
    /** Longest name or contact the report prints on one line of its title block. */
    public static final int MAX_LENGTH = 120;

    public PreparedBy {
        name = name == null ? "" : name.strip();
        contact = contact == null ? "" : contact.strip();
    }

    public boolean isEmpty() {
        return name.isEmpty() && contact.isEmpty();
    }

    /** "Prepared by Ana Ruiz, ana@coach.example", or "Prepared with Counteroffer" when no coach is named. */
    public String line() {
        if (isEmpty()) {
            return "Prepared with Counteroffer";
        }
        return "Prepared by " + (name.isEmpty() ? contact : contact.isEmpty() ? name : name + ", " + contact);
    }
}
