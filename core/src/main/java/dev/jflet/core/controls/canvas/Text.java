package dev.jflet.core.controls.canvas;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.TextAlign;
import dev.jflet.core.types.TextStyle;

import java.util.Objects;
import java.util.Optional;

/**
 * Text drawn at a point of the canvas: Flet's {@code canvas.Text}. The point is where the text's {@code alignment}
 * point lands (its top-left corner by default), and the text rotates around it.
 */
public class Text extends Shape<Text> {
    /** Anchor x. */
    static final Prop<Double> X = Prop.outbound("x", null);
    /** Anchor y. */
    static final Prop<Double> Y = Prop.outbound("y", null);
    /** The text drawn. */
    static final Prop<String> VALUE = Prop.outbound("value", null);
    /** Font, size, color… of the text. */
    static final Prop<TextStyle> STYLE = Prop.outbound("style", null);
    /** Which point of the text box lands on the anchor; like Flet, always sent (top-left by default). */
    static final Prop<Alignment> ALIGNMENT = Prop.outbound("alignment", null);
    /** How lines are aligned within the text box. */
    static final Prop<String> TEXT_ALIGN = Prop.outbound("text_align", "start");
    /** Lines drawn at most. */
    static final Prop<Integer> MAX_LINES = Prop.outbound("max_lines", null);
    /** Width at which the text wraps, in logical pixels. */
    static final Prop<Double> MAX_WIDTH = Prop.outbound("max_width", null);
    /** Text shown in place of what does not fit in {@code max_lines}. */
    static final Prop<String> ELLIPSIS = Prop.outbound("ellipsis", null);
    /** Rotation around the anchor, in radians clockwise. */
    static final Prop<Double> ROTATE = Prop.outbound("rotate", 0.0);

    static final PropSet CANVAS_TEXT_PROPS = PropSet.of(Control.PROPS, X, Y, VALUE, STYLE, ALIGNMENT, TEXT_ALIGN,
            MAX_LINES, MAX_WIDTH, ELLIPSIS, ROTATE);

    /** {@code value} with its top-left corner at ({@code x}, {@code y}). */
    public Text(double x, double y, String value) {
        super("Text", CANVAS_TEXT_PROPS);
        set(ALIGNMENT, Alignment.TOP_LEFT);
        position(x, y).value(value);
    }

    /** Moves the anchor to ({@code x}, {@code y}). */
    public Text position(double x, double y) {
        finite("Text position", x, y);
        set(X, x);
        set(Y, y);
        return this;
    }

    /** Sets the text drawn. */
    public Text value(String value) {
        set(VALUE, value);
        return this;
    }

    public Optional<String> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Sets the font, size, color… of the text. */
    public Text style(TextStyle style) {
        set(STYLE, style);
        return this;
    }

    /** Sets which point of the text box lands on the anchor, e.g. {@code Alignment.CENTER}. */
    public Text alignment(Alignment alignment) {
        set(ALIGNMENT, Objects.requireNonNull(alignment, "alignment"));
        return this;
    }

    /** Sets how lines are aligned within the text box. */
    public Text textAlign(TextAlign align) {
        set(TEXT_ALIGN, align.value());
        return this;
    }

    /** Draws at most {@code lines} lines. */
    public Text maxLines(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("maxLines < 1: " + lines);
        }
        set(MAX_LINES, lines);
        return this;
    }

    /** Wraps the text at {@code width} logical pixels. */
    public Text maxWidth(double width) {
        set(MAX_WIDTH, width);
        return this;
    }

    /** Shows {@code ellipsis} in place of text beyond {@code max_lines}. */
    public Text ellipsis(String ellipsis) {
        set(ELLIPSIS, ellipsis);
        return this;
    }

    /** Rotates the text around its anchor by {@code radians} clockwise. */
    public Text rotate(double radians) {
        finite("Text rotate", radians);
        set(ROTATE, radians);
        return this;
    }
}
