package com.counteroffer.ui.common;

/** Where the main window was and how large it was, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height) {
}
