package dev.jflet.core.controls.core;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.TextAlign;
import dev.jflet.core.types.TextOverflow;
import dev.jflet.core.types.TextStyle;

import java.util.Optional;
import java.util.OptionalDouble;

/** Displays text: Flet's {@code Text}. */
public class Text extends LayoutControl<Text> {
    /** The text shown. */
    static final Prop<String> VALUE = Prop.outbound("value", "");
    /** Font size in logical pixels. */
    static final Prop<Double> SIZE = Prop.outbound("size", null);
    /** Text color. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Font weight: {@code normal}, {@code bold}, {@code w100}…{@code w900}. */
    static final Prop<String> WEIGHT = Prop.outbound("weight", null);
    /** Whether the text is italic. */
    static final Prop<Boolean> ITALIC = Prop.outbound("italic", false);
    /** Alignment: {@code left}, {@code right}, {@code center}, {@code justify}, {@code start}, {@code end}. */
    static final Prop<String> TEXT_ALIGN = Prop.outbound("text_align", "start");
    /** Whether the user can select the text. */
    static final Prop<Boolean> SELECTABLE = Prop.outbound("selectable", null);
    /** Maximum number of lines. */
    static final Prop<Integer> MAX_LINES = Prop.outbound("max_lines", null);
    /** Full text style; the separate size, weight, color… properties win over it. */
    static final Prop<TextStyle> STYLE = Prop.outbound("style", null);
    /** Font family, e.g. {@code "Roboto"}. */
    static final Prop<String> FONT_FAMILY = Prop.outbound("font_family", null);
    /** How text that does not fit is shown: {@code clip}, {@code ellipsis}, {@code fade}, {@code visible}. */
    static final Prop<String> OVERFLOW = Prop.outbound("overflow", "clip");
    /** Whether the text stays on one line. */
    static final Prop<Boolean> NO_WRAP = Prop.outbound("no_wrap", null);
    /** Text for screen readers instead of the value. */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);
    /** Fires when the text is tapped. */
    static final Prop<EventHandler<Event<Text>>> ON_TAP = Prop.event("tap");

    static final PropSet TEXT_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, SIZE, COLOR, BGCOLOR, WEIGHT, ITALIC,
            TEXT_ALIGN, SELECTABLE, MAX_LINES, STYLE, FONT_FAMILY, OVERFLOW, NO_WRAP, SEMANTICS_LABEL, ON_TAP);

    public Text() {
        this("");
    }

    public Text(String value) {
        super("Text", TEXT_PROPS);
        set(VALUE, value);
    }

    public String value() {
        return get(VALUE);
    }

    /** Sets the text shown. */
    public Text value(String value) {
        set(VALUE, value == null ? "" : value);
        return this;
    }

    /** Sets the font size in logical pixels. */
    public Text size(double size) {
        set(SIZE, size);
        return this;
    }

    public OptionalDouble size() {
        Double s = get(SIZE);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** Sets the text color, e.g. {@code "red"}, {@code "primary"} or {@code "#ff0000"}. */
    public Text color(String color) {
        set(COLOR, color);
        return this;
    }

    public Optional<String> color() {
        return Optional.ofNullable(get(COLOR));
    }

    /** Sets the background color. */
    public Text bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the font weight: {@code normal}, {@code bold} or {@code w100}…{@code w900}. */
    public Text weight(String weight) {
        set(WEIGHT, weight);
        return this;
    }

    /** Sets the font weight, e.g. {@code FontWeight.BOLD}. */
    public Text weight(FontWeight weight) {
        return weight(weight.value());
    }

    /** Makes the text italic. */
    public Text italic(boolean italic) {
        set(ITALIC, italic);
        return this;
    }

    /** Sets the alignment: {@code left}, {@code right}, {@code center}, {@code justify}, {@code start}, {@code end}. */
    public Text textAlign(String align) {
        set(TEXT_ALIGN, align);
        return this;
    }

    /** Sets the alignment, e.g. {@code TextAlign.CENTER}. */
    public Text textAlign(TextAlign align) {
        return textAlign(align.value());
    }

    /** Sets the whole text style, e.g. {@code new TextStyle().size(18).italic(true)}. */
    public Text style(TextStyle style) {
        set(STYLE, style);
        return this;
    }

    public Optional<TextStyle> style() {
        return Optional.ofNullable(get(STYLE));
    }

    /** Sets the font family. */
    public Text fontFamily(String family) {
        set(FONT_FAMILY, family);
        return this;
    }

    /** Sets how text that does not fit is shown. */
    public Text overflow(TextOverflow overflow) {
        set(OVERFLOW, overflow.value());
        return this;
    }

    /** Keeps the text on one line. */
    public Text noWrap(boolean noWrap) {
        set(NO_WRAP, noWrap);
        return this;
    }

    /** Sets the text screen readers say instead of the value. */
    public Text semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }

    /** Lets the user select the text. */
    public Text selectable(boolean selectable) {
        set(SELECTABLE, selectable);
        return this;
    }

    /** Limits the text to {@code lines} lines. */
    public Text maxLines(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("maxLines < 1: " + lines);
        }
        set(MAX_LINES, lines);
        return this;
    }

    /** Sets the handler for taps on the text; {@code null} removes it. */
    public Text onTap(EventHandler<Event<Text>> handler) {
        set(ON_TAP, handler);
        return this;
    }

    /** Sets a tap handler without arguments. */
    public Text onTap(EventCallback callback) {
        return onTap(callback.<Event<Text>>asHandler());
    }
}
