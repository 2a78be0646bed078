package dev.jflet.core.types;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How text is drawn: Flet's {@code TextStyle}. Immutable; each setter returns a copy, so it reads like Flet's
 * keyword arguments: {@code new TextStyle().size(18).weight(FontWeight.W_600).italic(true)}. Only the fields
 * that were set are sent.
 */
public final class TextStyle extends SparseValue<TextStyle> {
    /** A style that sets nothing: everything is inherited. */
    public TextStyle() {
        super(none());
    }

    private TextStyle(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    TextStyle copy(Map<String, Object> fields) {
        return new TextStyle(fields);
    }

    @Override
    String typeName() {
        return "TextStyle";
    }

    /** Sets the font size in logical pixels. */
    public TextStyle size(double size) {
        return with("size", size);
    }

    public OptionalDouble size() {
        return number("size");
    }

    /** Sets the line height as a multiple of the font size. */
    public TextStyle height(double height) {
        return with("height", height);
    }

    /** Sets the font weight. */
    public TextStyle weight(FontWeight weight) {
        return with("weight", weight.value());
    }

    public Optional<String> weight() {
        return string("weight");
    }

    /** Makes the text italic. */
    public TextStyle italic(boolean italic) {
        return with("italic", italic);
    }

    /** Sets the font family, e.g. {@code "Roboto"}. */
    public TextStyle fontFamily(String family) {
        return with("font_family", family);
    }

    /** Sets the text color. */
    public TextStyle color(String color) {
        return with("color", color);
    }

    public Optional<String> color() {
        return string("color");
    }

    /** Sets the background color behind the text. */
    public TextStyle bgcolor(String color) {
        return with("bgcolor", color);
    }

    /** Sets the extra space between letters, in logical pixels. */
    public TextStyle letterSpacing(double spacing) {
        return with("letter_spacing", spacing);
    }

    /** Sets the extra space between words, in logical pixels. */
    public TextStyle wordSpacing(double spacing) {
        return with("word_spacing", spacing);
    }

    /** Sets how text that does not fit is shown. */
    public TextStyle overflow(TextOverflow overflow) {
        return with("overflow", overflow.value());
    }

    /** Sets the color of underlines and strike-throughs. */
    public TextStyle decorationColor(String color) {
        return with("decoration_color", color);
    }

    /** Sets the thickness of underlines and strike-throughs, as a multiple of the font's default. */
    public TextStyle decorationThickness(double thickness) {
        return with("decoration_thickness", thickness);
    }
}
