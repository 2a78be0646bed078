package dev.jflet.core.types;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a button looks in each interactive state: Flet's {@code ButtonStyle}. Immutable; each setter returns a copy.
 * Most fields take one value for every state, or a value per {@link ControlState}:
 * {@code new ButtonStyle().bgcolor("blue").bgcolor(ControlState.HOVERED, "red")} sends
 * {@code {bgcolor: {default: "blue", hovered: "red"}}} (flet-protocol.md §2.6). Only the fields that were set are
 * sent.
 */
public final class ButtonStyle extends SparseValue<ButtonStyle> {
    /** Flet's field order, which its encoder keeps. */
    private static final List<String> ORDER = List.of("color", "bgcolor", "overlay_color", "shadow_color", "elevation",
            "animation_duration", "padding", "side", "shape", "alignment", "enable_feedback", "text_style", "icon_size",
            "icon_color", "visual_density", "mouse_cursor");

    /** A style that sets nothing: the button's variant decides every look. */
    public ButtonStyle() {
        super(none());
    }

    private ButtonStyle(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    ButtonStyle copy(Map<String, Object> fields) {
        return new ButtonStyle(fields);
    }

    @Override
    String typeName() {
        return "ButtonStyle";
    }

    @Override
    public Object toWire() {
        return toWire(ORDER);
    }

    /** Returns a copy where {@code state} of the per-state field {@code name} has {@code value}. */
    private ButtonStyle withState(String name, ControlState state, Object value) {
        return with(name, StateValue.put(field(name), state, value));
    }

    private static double checkedSize(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("ButtonStyle." + name + " must be >= 0: " + value);
        }
        return value;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException("ButtonStyle." + name + " must not be null");
        }
        return value;
    }

    /** Sets the colour of the button's text and icons for every state. */
    public ButtonStyle color(String value) {
        return withColor("color", value);
    }

    /** Sets the colour of the button's text and icons in {@code state}. */
    public ButtonStyle color(ControlState state, String value) {
        return withState("color", state, checkedColor("color", value));
    }

    /** Sets the background colour for every state. */
    public ButtonStyle bgcolor(String value) {
        return withColor("bgcolor", value);
    }

    /** Sets the background colour in {@code state}. */
    public ButtonStyle bgcolor(ControlState state, String value) {
        return withState("bgcolor", state, checkedColor("bgcolor", value));
    }

    /** Sets the highlight colour of hover, focus and press for every state. */
    public ButtonStyle overlayColor(String value) {
        return withColor("overlay_color", value);
    }

    /** Sets the highlight colour of hover, focus and press in {@code state}. */
    public ButtonStyle overlayColor(ControlState state, String value) {
        return withState("overlay_color", state, checkedColor("overlay_color", value));
    }

    /** Sets the colour of the button's shadow for every state. */
    public ButtonStyle shadowColor(String value) {
        return withColor("shadow_color", value);
    }

    /** Sets the colour of the button's shadow in {@code state}. */
    public ButtonStyle shadowColor(ControlState state, String value) {
        return withState("shadow_color", state, checkedColor("shadow_color", value));
    }

    /** Sets the elevation (the shadow's depth) for every state. */
    public ButtonStyle elevation(double value) {
        return with("elevation", checkedSize("elevation", value));
    }

    /** Sets the elevation (the shadow's depth) in {@code state}. */
    public ButtonStyle elevation(ControlState state, double value) {
        return withState("elevation", state, checkedSize("elevation", value));
    }

    /** Sets how long changes of shape and elevation animate. */
    public ButtonStyle animationDuration(Duration value) {
        return with("animation_duration", required("animation_duration", value));
    }

    /** Sets the space between the button's edge and its content for every state. */
    public ButtonStyle padding(Padding value) {
        return with("padding", required("padding", value));
    }

    /** Sets the space between the button's edge and its content in {@code state}. */
    public ButtonStyle padding(ControlState state, Padding value) {
        return withState("padding", state, required("padding", value));
    }

    /** Sets the outline's colour and width for every state. */
    public ButtonStyle side(BorderSide value) {
        return with("side", required("side", value));
    }

    /** Sets the outline's colour and width in {@code state}. */
    public ButtonStyle side(ControlState state, BorderSide value) {
        return withState("side", state, required("side", value));
    }

    /** Sets the outline's shape for every state. */
    public ButtonStyle shape(OutlinedBorder value) {
        return with("shape", required("shape", value));
    }

    /** Sets the outline's shape in {@code state}. */
    public ButtonStyle shape(ControlState state, OutlinedBorder value) {
        return withState("shape", state, required("shape", value));
    }

    /** Sets where the content sits inside the button. */
    public ButtonStyle alignment(Alignment value) {
        return with("alignment", required("alignment", value));
    }

    /** Sets whether presses give acoustic or haptic feedback. */
    public ButtonStyle enableFeedback(boolean value) {
        return with("enable_feedback", value);
    }

    /** Sets the style of the button's text for every state. */
    public ButtonStyle textStyle(TextStyle value) {
        return with("text_style", required("text_style", value));
    }

    /** Sets the style of the button's text in {@code state}. */
    public ButtonStyle textStyle(ControlState state, TextStyle value) {
        return withState("text_style", state, required("text_style", value));
    }

    /** Sets the size of the button's icon in logical pixels for every state. */
    public ButtonStyle iconSize(double value) {
        return with("icon_size", checkedSize("icon_size", value));
    }

    /** Sets the size of the button's icon in logical pixels in {@code state}. */
    public ButtonStyle iconSize(ControlState state, double value) {
        return withState("icon_size", state, checkedSize("icon_size", value));
    }

    /** Sets the icon colour (else the text colour) for every state. */
    public ButtonStyle iconColor(String value) {
        return withColor("icon_color", value);
    }

    /** Sets the icon colour (else the text colour) in {@code state}. */
    public ButtonStyle iconColor(ControlState state, String value) {
        return withState("icon_color", state, checkedColor("icon_color", value));
    }

    /** Sets how compact the button's layout is. */
    public ButtonStyle visualDensity(VisualDensity value) {
        return with("visual_density", required("visual_density", value));
    }

    /** Sets the mouse pointer shown over the button for every state. */
    public ButtonStyle mouseCursor(MouseCursor value) {
        return with("mouse_cursor", required("mouse_cursor", value));
    }

    /** Sets the mouse pointer shown over the button in {@code state}. */
    public ButtonStyle mouseCursor(ControlState state, MouseCursor value) {
        return withState("mouse_cursor", state, required("mouse_cursor", value));
    }

    /** The background colour given for {@code state}, or for every state when {@code state} is DEFAULT. */
    public Optional<String> bgcolor(ControlState state) {
        Object v = field("bgcolor");
        Object s = v instanceof StateValue ? ((StateValue) v).get(state) : state == ControlState.DEFAULT ? v : null;
        return Optional.ofNullable((String) s);
    }
}
