package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Text;

/** The status text of one family: it echoes the last event the Java side received, so tests can read it. */
final class StatusLine {
    private final String family;
    private final Text text;

    StatusLine(String family) {
        this.family = family;
        text = new Text("No events yet").key(family + "-status").italic(true);
    }

    /** The family's name in keys ("inputs"). */
    String family() {
        return family;
    }

    /** The Text that shows the echo. */
    Text text() {
        return text;
    }

    /** Shows {@code message}; the handler's automatic update sends it. */
    void say(String message) {
        text.value(message);
    }

    /**
     * Shows {@code message} and sends it at once: for handlers where the page has already called update(), which
     * turns the automatic update off (opening a dialog, and the dismiss handler, which takes the dialog off first).
     */
    void sayNow(String message) {
        text.value(message);
        text.update();
    }
}
