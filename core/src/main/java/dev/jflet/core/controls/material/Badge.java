package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.TextStyle;

import java.util.Optional;

/**
 * A small label or dot on another control, set with its {@code badge(...)}: Flet's {@code Badge}. A plain
 * string badge needs no object: {@code icon.badge("3")}.
 */
public class Badge extends Control {
    /** The label: a string or a control; without one the badge is a small dot. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** Where the badge sits on the control. */
    static final Prop<Alignment> ALIGNMENT = Prop.outbound("alignment", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of the label text. */
    static final Prop<String> TEXT_COLOR = Prop.outbound("text_color", null);
    /** Style of the label text. */
    static final Prop<TextStyle> TEXT_STYLE = Prop.outbound("text_style", null);
    /** Whether the label is shown; without it the badge is a small dot. */
    static final Prop<Boolean> LABEL_VISIBLE = Prop.outbound("label_visible", true);
    /** Height of a badge with a label. */
    static final Prop<Double> LARGE_SIZE = Prop.outbound("large_size", null);
    /** Diameter of a badge without a label. */
    static final Prop<Double> SMALL_SIZE = Prop.outbound("small_size", null);
    /** Space around the label. */
    static final Prop<Padding> PADDING = Prop.outbound("padding", null);
    /** Moves the badge from its aligned position. */
    static final Prop<Offset> OFFSET = Prop.outbound("offset", null);

    static final PropSet BADGE_PROPS = PropSet.of(Control.PROPS, LABEL, ALIGNMENT, BGCOLOR, TEXT_COLOR, TEXT_STYLE,
            LABEL_VISIBLE, LARGE_SIZE, SMALL_SIZE, PADDING, OFFSET);

    /** A badge without a label: a small dot. */
    public Badge() {
        super("Badge", BADGE_PROPS);
    }

    /** A badge showing {@code label}. */
    public Badge(String label) {
        this();
        set(LABEL, label);
    }

    /** A badge showing a control. */
    public Badge(Control label) {
        this();
        set(LABEL, label);
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Optional<Object> label() {
        return Optional.ofNullable(get(LABEL));
    }

    /** Sets the label text. */
    public Badge label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets where the badge sits on the control. */
    public Badge alignment(Alignment alignment) {
        set(ALIGNMENT, alignment);
        return this;
    }

    /** Sets the background color. */
    public Badge bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the color of the label text. */
    public Badge textColor(String color) {
        set(TEXT_COLOR, color);
        return this;
    }

    /** Sets the style of the label text. */
    public Badge textStyle(TextStyle style) {
        set(TEXT_STYLE, style);
        return this;
    }

    /** Shows or hides the label; hidden, the badge is a small dot. */
    public Badge labelVisible(boolean visible) {
        set(LABEL_VISIBLE, visible);
        return this;
    }

    /** Sets the height of a badge with a label. */
    public Badge largeSize(double size) {
        set(LARGE_SIZE, size);
        return this;
    }

    /** Sets the diameter of a badge without a label. */
    public Badge smallSize(double size) {
        set(SMALL_SIZE, size);
        return this;
    }

    /** Sets the space around the label. */
    public Badge padding(Padding padding) {
        set(PADDING, padding);
        return this;
    }

    /** Moves the badge from its aligned position. */
    public Badge offset(Offset offset) {
        set(OFFSET, offset);
        return this;
    }
}
