package dev.jflet.core.controls.core;

import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.Optional;

/** Shows an icon: Flet's {@code Icon}. */
public class Icon extends LayoutControl<Icon> {
    /** Icon code (see {@code Icons}, {@code CupertinoIcons}). */
    static final Prop<Integer> ICON = Prop.outbound("icon", null);
    /** Icon color. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Icon size in logical pixels. */
    static final Prop<Double> SIZE = Prop.outbound("size", null);
    /** Text for screen readers. */
    static final Prop<String> SEMANTICS_LABEL = Prop.outbound("semantics_label", null);

    static final PropSet ICON_PROPS = PropSet.of(LayoutControl.PROPS, ICON, COLOR, SIZE, SEMANTICS_LABEL);

    /** An icon, e.g. {@code new Icon(Icons.STAR)}. */
    public Icon(int icon) {
        super("Icon", ICON_PROPS);
        set(ICON, icon);
    }

    public int icon() {
        return get(ICON);
    }

    /** Sets the color. */
    public Icon color(String color) {
        set(COLOR, color);
        return this;
    }

    public Optional<String> color() {
        return Optional.ofNullable(get(COLOR));
    }

    /** Sets the size in logical pixels. */
    public Icon size(double size) {
        set(SIZE, size);
        return this;
    }

    /** Sets the text screen readers say for the icon. */
    public Icon semanticsLabel(String label) {
        set(SEMANTICS_LABEL, label);
        return this;
    }
}
