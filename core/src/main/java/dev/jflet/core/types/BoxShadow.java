package dev.jflet.core.types;

import java.util.Map;

/**
 * A shadow cast by a box: Flet's {@code BoxShadow}. Immutable; each setter returns a copy:
 * {@code new BoxShadow().blurRadius(6).color(Colors.BLACK26).offset(new Offset(2, 3))}. Only the fields that
 * were set are sent.
 */
public final class BoxShadow extends SparseValue<BoxShadow> {
    /** A shadow with the client's defaults. */
    public BoxShadow() {
        super(none());
    }

    private BoxShadow(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    BoxShadow copy(Map<String, Object> fields) {
        return new BoxShadow(fields);
    }

    @Override
    String typeName() {
        return "BoxShadow";
    }

    /** Sets how far the shadow grows beyond the box before blurring, in logical pixels. */
    public BoxShadow spreadRadius(double radius) {
        return with("spread_radius", radius);
    }

    /** Sets the blur radius in logical pixels. */
    public BoxShadow blurRadius(double radius) {
        return with("blur_radius", radius);
    }

    /** Sets the shadow color. */
    public BoxShadow color(String color) {
        return with("color", color);
    }

    /** Sets how far the shadow is moved from the box. */
    public BoxShadow offset(Offset offset) {
        return with("offset", offset);
    }

    /** Sets how the blur is drawn. */
    public BoxShadow blurStyle(ShadowBlurStyle style) {
        return with("blur_style", style == ShadowBlurStyle.NORMAL ? null : style.value());
    }
}
