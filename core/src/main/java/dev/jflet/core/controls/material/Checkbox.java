package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.types.LabelPosition;

import java.util.Optional;

/**
 * A Material checkbox: Flet's {@code Checkbox}. The new state arrives with UpdateControl before the
 * {@code change} event, so {@link #value()} is current inside the handler.
 */
public class Checkbox extends LayoutControl<Checkbox> {
    /** Whether the box is checked; absent (null) means "mixed" when {@code tristate} is on. */
    static final Prop<Boolean> VALUE = Prop.value("value", false, WireDecoder.BOOLEAN);
    /** The label: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** Which side the label is on. */
    static final Prop<String> LABEL_POSITION = Prop.outbound("label_position", "right");
    /** Whether the box cycles through checked, mixed and unchecked. */
    static final Prop<Boolean> TRISTATE = Prop.outbound("tristate", false);
    /** Color of the check mark. */
    static final Prop<String> CHECK_COLOR = Prop.outbound("check_color", null);
    /** Fill color when checked. */
    static final Prop<String> ACTIVE_COLOR = Prop.outbound("active_color", null);
    /** Whether the box is drawn in the error color. */
    static final Prop<Boolean> ERROR = Prop.outbound("error", false);
    /** Whether the box takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the state changes; the data is the new state (null for mixed). */
    static final Prop<EventHandler<CheckboxChangeEvent>> ON_CHANGE = Prop.event("change",
            CheckboxChangeEvent.FACTORY);
    /** Fires when the box gains focus. */
    static final Prop<EventHandler<Event<Checkbox>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the box loses focus. */
    static final Prop<EventHandler<Event<Checkbox>>> ON_BLUR = Prop.event("blur");

    static final PropSet CHECKBOX_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, LABEL, LABEL_POSITION, TRISTATE,
            CHECK_COLOR, ACTIVE_COLOR, ERROR, AUTOFOCUS, ON_CHANGE, ON_FOCUS, ON_BLUR);

    public Checkbox() {
        super("Checkbox", CHECKBOX_PROPS);
    }

    /** A checkbox labelled {@code label}. */
    public Checkbox(String label) {
        this();
        set(LABEL, label);
    }

    /** Whether the box is checked; empty means "mixed" (only with {@link #tristate(boolean)}). */
    public Optional<Boolean> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Checks or unchecks the box. */
    public Checkbox value(boolean checked) {
        set(VALUE, checked);
        return this;
    }

    /** Sets the box to "mixed"; needs {@link #tristate(boolean)}. */
    public Checkbox mixed() {
        if (!get(TRISTATE)) {
            throw new IllegalStateException(this + " can only be mixed when tristate is on. Call tristate(true) first.");
        }
        set(VALUE, null);
        return this;
    }

    /** Sets the label. */
    public Checkbox label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets which side the label is on. */
    public Checkbox labelPosition(LabelPosition position) {
        set(LABEL_POSITION, position.value());
        return this;
    }

    /** Lets the box cycle through checked, mixed and unchecked. */
    public Checkbox tristate(boolean tristate) {
        set(TRISTATE, tristate);
        return this;
    }

    /** Sets the color of the check mark. */
    public Checkbox checkColor(String color) {
        set(CHECK_COLOR, color);
        return this;
    }

    /** Sets the fill color when checked. */
    public Checkbox activeColor(String color) {
        set(ACTIVE_COLOR, color);
        return this;
    }

    /** Draws the box in the error color. */
    public Checkbox error(boolean error) {
        set(ERROR, error);
        return this;
    }

    /** Takes focus when shown. */
    public Checkbox autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the handler for state changes; {@link #value()} holds the new state. */
    public Checkbox onChange(EventHandler<CheckboxChangeEvent> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public Checkbox onChange(EventCallback callback) {
        return onChange(callback.<CheckboxChangeEvent>asHandler());
    }

    /** Sets the handler for gaining focus. */
    public Checkbox onFocus(EventHandler<Event<Checkbox>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Checkbox onBlur(EventHandler<Event<Checkbox>> handler) {
        set(ON_BLUR, handler);
        return this;
    }

    /** A tristate box reports "mixed" as null, which the property decoder reads as unchecked; fix that here. */
    @Override
    protected boolean beforeEvent(Event<?> event) {
        if ("change".equals(event.name()) && get(TRISTATE) && event.data().isEmpty()) {
            Nodes.setFromClient(this, VALUE, null);
        }
        return true;
    }
}
