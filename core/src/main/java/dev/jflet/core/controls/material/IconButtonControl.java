package dev.jflet.core.controls.material;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.ButtonStyle;
import dev.jflet.core.types.Padding;

import java.util.Optional;

/**
 * What the Material icon buttons share (flet-protocol.md §5.2): {@link IconButton}, {@link FilledIconButton},
 * {@link FilledTonalIconButton} and {@link OutlinedIconButton}. They differ only in their look; give each a
 * tooltip, which is also its accessible name.
 */
public abstract class IconButtonControl<S extends IconButtonControl<S>> extends IconedButtonControl<S> {
    /** Icon size in logical pixels. */
    static final Prop<Double> ICON_SIZE = Prop.outbound("icon_size", null);
    /** Whether the button is in its selected state; a toggle button when set. */
    static final Prop<Boolean> SELECTED = Prop.outbound("selected", null);
    /** Icon shown when selected: an icon code or a control. */
    static final Prop<Object> SELECTED_ICON = Prop.outbound("selected_icon", null);
    /** Icon color when selected. */
    static final Prop<String> SELECTED_ICON_COLOR = Prop.outbound("selected_icon_color", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of the hover highlight. */
    static final Prop<String> HOVER_COLOR = Prop.outbound("hover_color", null);
    /** Space between the icon and the button's edge. */
    static final Prop<Padding> PADDING = Prop.outbound("padding", null);
    /** Where the icon sits inside the button. */
    static final Prop<Alignment> ALIGNMENT = Prop.outbound("alignment", null);

    /** The look per interactive state. */
    static final Prop<ButtonStyle> STYLE = Prop.outbound("style", null);

    static final PropSet ICON_BUTTON_PROPS = PropSet.of(PRESSABLE_PROPS, ICON, ICON_COLOR, ICON_SIZE, SELECTED,
            SELECTED_ICON, SELECTED_ICON_COLOR, BGCOLOR, HOVER_COLOR, PADDING, ALIGNMENT, STYLE);

    IconButtonControl(String type) {
        super(type, ICON_BUTTON_PROPS);
    }

    /** Sets the icon size in logical pixels. */
    public S iconSize(double size) {
        if (!(size > 0)) {
            throw new IllegalArgumentException("iconSize must be > 0: " + size);
        }
        set(ICON_SIZE, size);
        return self();
    }

    /** Puts the button in its selected state, making it a toggle button. */
    public S selected(boolean selected) {
        set(SELECTED, selected);
        return self();
    }

    /** Whether the button is selected, once {@link #selected(boolean)} made it a toggle button. */
    public Optional<Boolean> selected() {
        return Optional.ofNullable(get(SELECTED));
    }

    /** Sets the icon shown when selected, e.g. {@code Icons.STAR}. */
    public S selectedIcon(int icon) {
        set(SELECTED_ICON, icon);
        return self();
    }

    /** Sets the icon color when selected. */
    public S selectedIconColor(String color) {
        set(SELECTED_ICON_COLOR, color);
        return self();
    }

    /** Sets the background color. */
    public S bgcolor(String color) {
        set(BGCOLOR, color);
        return self();
    }

    /** Sets the color of the hover highlight. */
    public S hoverColor(String color) {
        set(HOVER_COLOR, color);
        return self();
    }

    /** Sets the space between the icon and the button's edge. */
    public S padding(Padding padding) {
        set(PADDING, padding);
        return self();
    }

    /** Sets where the icon sits inside the button. */
    public S alignment(Alignment alignment) {
        set(ALIGNMENT, alignment);
        return self();
    }

    /** Sets the look per interactive state, e.g. a background that changes on hover; null removes it. */
    public S style(ButtonStyle style) {
        set(STYLE, style);
        return self();
    }

    /** The style given with {@link #style(ButtonStyle)}. */
    public Optional<ButtonStyle> style() {
        return Optional.ofNullable(get(STYLE));
    }
}
