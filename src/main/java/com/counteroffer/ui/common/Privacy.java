package com.counteroffer.ui.common;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Privacy mode as a way of drawing, not a rewrite of what was drawn: every amount and client name
 * the window shows is formatted here, and comes out hidden while the mode is on. Screens re-render
 * when {@link #onProperty()} flips. Non-money numbers (GPUs, years, percents) are not formatted here
 * and stay visible.
 */
public final class Privacy {

    /** What an amount reads in privacy mode, wherever it is drawn. */
    public static final String HIDDEN_AMOUNT = "$•••";
    /** An amount written without a dollar sign (formulas, editable fields' plain form). */
    public static final String HIDDEN_NUMBER = "•••";

    private final BooleanProperty on = new SimpleBooleanProperty(this, "privacy", false);
    /** The workspace's clients, whose names typed text may mention; replaced whole when the list changes. */
    private volatile TypedNames clientNames = TypedNames.NONE;

    /** True while amounts and names are hidden (the coach shares the screen). */
    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    /** {@code $185,000}, or {@value #HIDDEN_AMOUNT}. */
    public String money(long dollars) {
        return isOn() ? HIDDEN_AMOUNT : Money.format(dollars);
    }

    /** A computed amount, rounded to whole dollars. */
    public String money(BigDecimal amount) {
        return money(WholeDollars.of(amount));
    }

    /** {@code $185k}, {@code $1.25M} (chart ticks and labels), or {@value #HIDDEN_AMOUNT}. */
    public String compact(long dollars) {
        return isOn() ? HIDDEN_AMOUNT : Money.compact(dollars);
    }

    /** {@code 185,000} (formulas), or {@value #HIDDEN_NUMBER}. */
    public String plain(long dollars) {
        return isOn() ? HIDDEN_NUMBER : Money.plain(dollars);
    }

    /**
     * A sentence an engine wrote with {@link Money} (scripts, talking points, explanations): its
     * figures hidden. Only text whose figures came from {@link Money} goes here; what the user typed
     * goes through {@link #typed(String)}.
     */
    public String prose(String sentence) {
        return isOn() && sentence != null ? Money.hideFigures(sentence, HIDDEN_AMOUNT) : sentence;
    }

    /**
     * Text the user typed (session notes, action items): amounts written in any usual way are hidden,
     * and a client's name, or any word of it, becomes the client's initials.
     */
    public String typed(String text) {
        return isOn() && text != null ? clientNames.hide(TypedAmounts.hide(text, HIDDEN_AMOUNT)) : text;
    }

    /** The clients whose names {@link #typed(String)} hides (every client of the workspace). */
    public void knowClients(java.util.Collection<String> names) {
        clientNames = TypedNames.of(names);
    }

    /** A client as the window names them: the full name, or initials in privacy mode ("Priya Shah" → "P.S."). */
    public String clientLabel(String name) {
        return isOn() ? initials(name) : name;
    }

    /** A file the user chose, as a status line names it: its path, or {@code hidden} in privacy mode (paths hold client names). */
    public String file(java.nio.file.Path file, String hidden) {
        return isOn() ? hidden : String.valueOf(file);
    }

    /** "Priya Shah" → "P.S."; "Me" → "M."; a name without letters → "?". */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        if (name != null) {
            for (String word : name.trim().split("[\\s\\-]+")) {
                int first = word.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
                if (first >= 0) {
                    initials.appendCodePoint(Character.toUpperCase(first)).append('.');
                }
            }
        }
        return initials.isEmpty() ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }
}
