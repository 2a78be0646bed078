package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.LabelPosition;

/** A Material radio button inside a {@link RadioGroup}: Flet's {@code Radio}. */
public class Radio extends LayoutControl<Radio> {
    /** The value the group takes when this radio is chosen. */
    static final Prop<String> VALUE = Prop.outbound("value", null);
    /** The label. */
    static final Prop<String> LABEL = Prop.outbound("label", "");
    /** Which side the label is on. */
    static final Prop<String> LABEL_POSITION = Prop.outbound("label_position", "right");
    /** Color when chosen. */
    static final Prop<String> ACTIVE_COLOR = Prop.outbound("active_color", null);
    /** Whether clicking the chosen radio unchooses it. */
    static final Prop<Boolean> TOGGLEABLE = Prop.outbound("toggleable", false);
    /** Whether the radio takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the radio gains focus. */
    static final Prop<EventHandler<Event<Radio>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the radio loses focus. */
    static final Prop<EventHandler<Event<Radio>>> ON_BLUR = Prop.event("blur");

    static final PropSet RADIO_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, LABEL, LABEL_POSITION, ACTIVE_COLOR,
            TOGGLEABLE, AUTOFOCUS, ON_FOCUS, ON_BLUR);

    /** A radio for {@code value}, labelled {@code label}. */
    public Radio(String value, String label) {
        super("Radio", RADIO_PROPS);
        set(VALUE, value);
        set(LABEL, label == null ? "" : label);
    }

    /** The value the group takes when this radio is chosen. */
    public String value() {
        return get(VALUE);
    }

    public String label() {
        return get(LABEL);
    }

    /** Sets the label. */
    public Radio label(String label) {
        set(LABEL, label == null ? "" : label);
        return this;
    }

    /** Sets which side the label is on. */
    public Radio labelPosition(LabelPosition position) {
        set(LABEL_POSITION, position.value());
        return this;
    }

    /** Sets the color when chosen. */
    public Radio activeColor(String color) {
        set(ACTIVE_COLOR, color);
        return this;
    }

    /** Lets a click on the chosen radio unchoose it. */
    public Radio toggleable(boolean toggleable) {
        set(TOGGLEABLE, toggleable);
        return this;
    }

    /** Takes focus when shown. */
    public Radio autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the handler for gaining focus. */
    public Radio onFocus(EventHandler<Event<Radio>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Radio onBlur(EventHandler<Event<Radio>> handler) {
        set(ON_BLUR, handler);
        return this;
    }
}
