package com.counteroffer.domain.exchange;

/** An imported offer that matches a saved one: same company, title and current-job flag. */
public record Duplicate(String client, String company, String title) {
    public String describe() {
        return company + (title.isEmpty() ? "" : " — " + title) + " (" + client + ")";
    }
}
