package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.Optional;

/** One choice of a {@link Dropdown}: Flet's {@code DropdownOption}. */
public class DropdownOption extends Control {
    /** The text shown; the key when absent. */
    static final Prop<String> TEXT = Prop.outbound("text", null);
    /** A control shown instead of the text. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** An icon before the text: an icon code or a control. */
    static final Prop<Object> LEADING_ICON = Prop.outbound("leading_icon", null);
    /** An icon after the text: an icon code or a control. */
    static final Prop<Object> TRAILING_ICON = Prop.outbound("trailing_icon", null);

    static final PropSet OPTION_PROPS = PropSet.of(Control.PROPS, TEXT, CONTENT, LEADING_ICON, TRAILING_ICON);

    /**
     * An option whose key is also its text: Flet's {@code DropdownOption("Cherry")}. The key is the control's
     * {@code key}, as in Flet, so it also matches options across list changes.
     */
    public DropdownOption(String key) {
        super("DropdownOption", OPTION_PROPS);
        set(KEY, requireKey(key));
    }

    /** An option with a key and the text shown for it. */
    public DropdownOption(String key, String text) {
        this(key);
        set(TEXT, text);
    }

    private static String requireKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("DropdownOption key must not be null");
        }
        return key;
    }

    /** The text shown, if set (the key is shown otherwise). */
    public Optional<String> text() {
        return Optional.ofNullable(get(TEXT));
    }

    /** Sets the text shown. */
    public DropdownOption text(String text) {
        set(TEXT, text);
        return this;
    }

    /** Shows a control instead of the text. */
    public DropdownOption content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** Sets the icon before the text, e.g. {@code Icons.STAR}. */
    public DropdownOption leadingIcon(int icon) {
        set(LEADING_ICON, icon);
        return this;
    }

    /** Sets the icon after the text. */
    public DropdownOption trailingIcon(int icon) {
        set(TRAILING_ICON, icon);
        return this;
    }

    /** Disables the option. */
    public DropdownOption disabled(boolean disabled) {
        set(DISABLED, disabled);
        return this;
    }
}
