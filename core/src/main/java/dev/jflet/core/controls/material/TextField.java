package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.Optional;

/**
 * A Material text input: Flet's {@code TextField}. What the user types arrives with UpdateControl
 * before the {@code change} event, so {@link #value()} is current inside the handler.
 */
public class TextField extends LayoutControl<TextField> {
    /** The text. */
    static final Prop<String> VALUE = Prop.string("value", "");
    /** The label shown above the input. */
    static final Prop<String> LABEL = Prop.outbound("label", null);
    /** Placeholder text shown while the input is empty. */
    static final Prop<String> HINT_TEXT = Prop.outbound("hint_text", null);
    /** Whether the text is hidden, as for a password. */
    static final Prop<Boolean> PASSWORD = Prop.outbound("password", false);
    /** Whether the input accepts several lines. */
    static final Prop<Boolean> MULTILINE = Prop.outbound("multiline", false);
    /** Whether the text cannot be edited. */
    static final Prop<Boolean> READ_ONLY = Prop.outbound("read_only", false);
    /** Whether the input takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the text changes; the data is the new text. */
    static final Prop<EventHandler<Event<TextField>>> ON_CHANGE = Prop.event("change");
    /** Fires when the user presses Enter. */
    static final Prop<EventHandler<Event<TextField>>> ON_SUBMIT = Prop.event("submit");
    /** Fires when the input gains focus. */
    static final Prop<EventHandler<Event<TextField>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the input loses focus. */
    static final Prop<EventHandler<Event<TextField>>> ON_BLUR = Prop.event("blur");

    static final PropSet TEXT_FIELD_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, LABEL, HINT_TEXT, PASSWORD,
            MULTILINE, READ_ONLY, AUTOFOCUS, ON_CHANGE, ON_SUBMIT, ON_FOCUS, ON_BLUR);

    public TextField() {
        super("TextField", TEXT_FIELD_PROPS);
    }

    /** A text field with a label. */
    public TextField(String label) {
        this();
        label(label);
    }

    public String value() {
        return get(VALUE);
    }

    /** Sets the text. */
    public TextField value(String value) {
        set(VALUE, value == null ? "" : value);
        return this;
    }

    /** Sets the label. */
    public TextField label(String label) {
        set(LABEL, label);
        return this;
    }

    public Optional<String> label() {
        return Optional.ofNullable(get(LABEL));
    }

    /** Sets the placeholder shown while the input is empty. */
    public TextField hintText(String hint) {
        set(HINT_TEXT, hint);
        return this;
    }

    /** Hides the text, as for a password. */
    public TextField password(boolean password) {
        set(PASSWORD, password);
        return this;
    }

    /** Accepts several lines. */
    public TextField multiline(boolean multiline) {
        set(MULTILINE, multiline);
        return this;
    }

    /** Makes the text read-only. */
    public TextField readOnly(boolean readOnly) {
        set(READ_ONLY, readOnly);
        return this;
    }

    /** Takes focus when shown. */
    public TextField autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the handler for text changes; {@code null} removes it. */
    public TextField onChange(EventHandler<Event<TextField>> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public TextField onChange(EventCallback callback) {
        return onChange(callback.<Event<TextField>>asHandler());
    }

    /** Sets the handler for Enter; {@code null} removes it. */
    public TextField onSubmit(EventHandler<Event<TextField>> handler) {
        set(ON_SUBMIT, handler);
        return this;
    }

    /** Sets a submit handler without arguments. */
    public TextField onSubmit(EventCallback callback) {
        return onSubmit(callback.<Event<TextField>>asHandler());
    }

    /** Sets the handler for gaining focus; {@code null} removes it. */
    public TextField onFocus(EventHandler<Event<TextField>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets a focus handler without arguments. */
    public TextField onFocus(EventCallback callback) {
        return onFocus(callback.<Event<TextField>>asHandler());
    }

    /** Sets the handler for losing focus; {@code null} removes it. */
    public TextField onBlur(EventHandler<Event<TextField>> handler) {
        set(ON_BLUR, handler);
        return this;
    }

    /** Sets a blur handler without arguments. */
    public TextField onBlur(EventCallback callback) {
        return onBlur(callback.<Event<TextField>>asHandler());
    }
}
