package com.counteroffer.testing;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's messages with every text replaced by its key and its arguments, {@code key(arg0, arg1)}:
 * a screen or model worded through it shows no English of its own, so a test can prove that all it
 * shows comes from messages.properties (and would be translated with it).
 */
public final class KeyBundle extends ResourceBundle {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private final ResourceBundle real = ResourceBundle.getBundle("com.counteroffer.i18n.messages");

    @Override
    protected Object handleGetObject(String key) {
        Matcher arguments = ARGUMENT.matcher(real.getString(key));
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        while (arguments.find()) {
            numbers.add(Integer.parseInt(arguments.group(1)));
        }
        StringBuilder text = new StringBuilder(key);
        if (!numbers.isEmpty()) {
            text.append('(');
            text.append(String.join(", ", numbers.stream().map(n -> "{" + n + "}").toList()));
            text.append(')');
        }
        return text.toString();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(real.keySet());
    }
}
