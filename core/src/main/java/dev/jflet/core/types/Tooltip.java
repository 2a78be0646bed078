package dev.jflet.core.types;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A tooltip with options: Flet's {@code Tooltip} value type, set with a control's {@code tooltip(...)}. A plain
 * string tooltip needs no object. Immutable; each setter returns a copy:
 * {@code new Tooltip("Rich").waitDuration(Duration.ofSeconds(1))}.
 */
public final class Tooltip extends SparseValue<Tooltip> {
    /** A tooltip showing {@code message}. */
    public Tooltip(String message) {
        super(Collections.singletonMap("message", Objects.requireNonNull(message, "message")));
    }

    private Tooltip(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    Tooltip copy(Map<String, Object> fields) {
        return new Tooltip(fields);
    }

    @Override
    String typeName() {
        return "Tooltip";
    }

    /** The text shown. */
    public String message() {
        return (String) field("message");
    }

    /** Sets how long the pointer must hover before the tooltip shows. */
    public Tooltip waitDuration(Duration duration) {
        return with("wait_duration", duration);
    }

    /** Sets how long the tooltip stays after the pointer leaves. */
    public Tooltip showDuration(Duration duration) {
        return with("show_duration", duration);
    }

    /** Sets how long the tooltip takes to fade out. */
    public Tooltip exitDuration(Duration duration) {
        return with("exit_duration", duration);
    }

    /** Shows the tooltip below the control ({@code true}) or above it. */
    public Tooltip preferBelow(boolean below) {
        return with("prefer_below", below);
    }

    /** Sets the vertical gap between the control and the tooltip. */
    public Tooltip verticalOffset(double offset) {
        return with("vertical_offset", offset);
    }

    /** Sets the space inside the tooltip. */
    public Tooltip padding(Padding padding) {
        return with("padding", padding);
    }

    /** Sets the space around the tooltip. */
    public Tooltip margin(Margin margin) {
        return with("margin", margin);
    }

    /** Sets the background color. */
    public Tooltip bgcolor(String color) {
        return with("bgcolor", color);
    }

    /** Sets the style of the message. */
    public Tooltip textStyle(TextStyle style) {
        return with("text_style", style);
    }

    /** Sets how the message's lines are aligned. */
    public Tooltip textAlign(TextAlign align) {
        return with("text_align", align.value());
    }

    /** Sets whether touching the tooltip hides it (default {@code true}). */
    public Tooltip tapToDismiss(boolean dismiss) {
        return with("tap_to_dismiss", dismiss);
    }

    /** Sets whether showing the tooltip gives haptic or audio feedback. */
    public Tooltip enableFeedback(boolean feedback) {
        return with("enable_feedback", feedback);
    }
}
