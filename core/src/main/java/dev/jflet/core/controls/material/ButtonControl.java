package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.ButtonStyle;
import dev.jflet.core.types.ClipBehavior;

import java.util.Optional;

/**
 * What the labelled Material buttons share (flet-protocol.md §5.2): {@link Button}, {@link FilledButton},
 * {@link FilledTonalButton}, {@link OutlinedButton} and {@link TextButton}. They differ only in their look;
 * {@code S} is the concrete type, so setters chain.
 */
public abstract class ButtonControl<S extends ButtonControl<S>> extends IconedButtonControl<S> {
    /** The label: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** How the content is clipped (Button, FilledButton, FilledTonalButton: no default). */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", null);
    /** How the content is clipped (TextButton, OutlinedButton: {@code none} by default). */
    static final Prop<String> CLIP_BEHAVIOR_NONE = Prop.outbound("clip_behavior", ClipBehavior.NONE.value());

    /** The look per state (TextButton, OutlinedButton; the other kinds fold it into {@code _internals.style}). */
    static final Prop<ButtonStyle> STYLE = Prop.outbound("style", null);

    private static final PropSet ELEVATED_PROPS = PropSet.of(PRESSABLE_PROPS, CONTENT, ICON, ICON_COLOR,
            CLIP_BEHAVIOR);
    private static final PropSet FLAT_PROPS = PropSet.of(PRESSABLE_PROPS, CONTENT, ICON, ICON_COLOR,
            CLIP_BEHAVIOR_NONE, STYLE);

    private final Prop<String> clipBehavior;

    /**
     * Creates a button of Flet type {@code type}; {@code flat} buttons (TextButton, OutlinedButton) default
     * {@code clip_behavior} to {@code none}, as Flet's do.
     */
    ButtonControl(String type, boolean flat) {
        super(type, flat ? FLAT_PROPS : ELEVATED_PROPS);
        clipBehavior = flat ? CLIP_BEHAVIOR_NONE : CLIP_BEHAVIOR;
    }

    /** Sets a text label. */
    public S content(String text) {
        set(CONTENT, text);
        return self();
    }

    /** Sets a control as the label. */
    public S content(Control content) {
        set(CONTENT, content);
        return self();
    }

    /** The label: a {@code String} or a {@code Control}. */
    public Optional<Object> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets how the content is clipped to the button's shape. */
    public S clipBehavior(ClipBehavior clip) {
        set(clipBehavior, clip.value());
        return self();
    }

    /** Sets the look per interactive state, e.g. a background that changes on hover; null removes it. */
    public S style(ButtonStyle style) {
        applyStyle(style);
        return self();
    }

    /** Sends {@code style} as Flet's control of this kind does. */
    void applyStyle(ButtonStyle style) {
        set(STYLE, style);
    }

    /** The style given with {@link #style(ButtonStyle)}. */
    public Optional<ButtonStyle> style() {
        return Optional.ofNullable(get(STYLE));
    }
}
