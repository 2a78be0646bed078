package dev.jflet.core.controls.material;

import dev.jflet.core.types.ButtonStyle;

import java.util.Optional;

/**
 * What {@link Button}, {@link FilledButton} and {@link FilledTonalButton} share: like Flet's {@code Button} and its
 * subclasses they have a text colour, a background colour and an elevation, which Flet folds with the style into one
 * {@code ButtonStyle} sent as {@code _internals.style} (flet-protocol.md §5.2). The button's elevation (1 unless set)
 * replaces the style's, as in Flet.
 */
public abstract class ColoredButtonControl<S extends ColoredButtonControl<S>> extends ButtonControl<S> {
    private ButtonStyle style;
    private String color;
    private String bgcolor;
    private double elevation = 1;

    ColoredButtonControl(String type) {
        super(type, false);
    }

    @Override
    void applyStyle(ButtonStyle style) {
        this.style = style;
        fold();
    }

    @Override
    public Optional<ButtonStyle> style() {
        return Optional.ofNullable(style);
    }

    /** Sets the colour of the text and icon in every state. */
    public S color(String color) {
        this.color = checkedColor("color", color);
        fold();
        return self();
    }

    /** Sets the background colour in every state. */
    public S bgcolor(String color) {
        this.bgcolor = checkedColor("bgcolor", color);
        fold();
        return self();
    }

    /** Sets the elevation in every state; Flet's default is 1. */
    public S elevation(double elevation) {
        if (!(elevation >= 0)) {
            throw new IllegalArgumentException(this + ": elevation must be >= 0: " + elevation);
        }
        this.elevation = elevation;
        fold();
        return self();
    }

    /** The elevation, 1 unless set. */
    public double elevation() {
        return elevation;
    }

    private String checkedColor(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(this + ": " + name + " must be a colour such as \"pink\" or "
                    + "\"#ff336699\": " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    /** Flet's {@code Button.before_update}: the style with the button's own colours and elevation in it. */
    private void fold() {
        if (style == null && color == null && bgcolor == null && elevation == 1) {
            internal("style", null);
            return;
        }
        ButtonStyle folded = style != null ? style : new ButtonStyle();
        if (color != null) {
            folded = folded.color(color);
        }
        if (bgcolor != null) {
            folded = folded.bgcolor(bgcolor);
        }
        internal("style", folded.elevation(elevation));
    }
}
