package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.types.LabelPosition;

/**
 * A Material on/off switch: Flet's {@code Switch}. The new state arrives with UpdateControl before the
 * {@code change} event, so {@link #value()} is current inside the handler.
 */
public class Switch extends LayoutControl<Switch> {
    /** Whether the switch is on. */
    static final Prop<Boolean> VALUE = Prop.value("value", false, WireDecoder.BOOLEAN);
    /** The label: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** Which side the label is on. */
    static final Prop<String> LABEL_POSITION = Prop.outbound("label_position", "right");
    /** Thumb color when on. */
    static final Prop<String> ACTIVE_COLOR = Prop.outbound("active_color", null);
    /** Track color when on. */
    static final Prop<String> ACTIVE_TRACK_COLOR = Prop.outbound("active_track_color", null);
    /** Thumb color when off. */
    static final Prop<String> INACTIVE_THUMB_COLOR = Prop.outbound("inactive_thumb_color", null);
    /** Track color when off. */
    static final Prop<String> INACTIVE_TRACK_COLOR = Prop.outbound("inactive_track_color", null);
    /** Whether the switch takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the switch is toggled; the data is the new state. */
    static final Prop<EventHandler<SwitchChangeEvent>> ON_CHANGE = Prop.event("change",
            SwitchChangeEvent.FACTORY);
    /** Fires when the switch gains focus. */
    static final Prop<EventHandler<Event<Switch>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the switch loses focus. */
    static final Prop<EventHandler<Event<Switch>>> ON_BLUR = Prop.event("blur");

    static final PropSet SWITCH_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, LABEL, LABEL_POSITION, ACTIVE_COLOR,
            ACTIVE_TRACK_COLOR, INACTIVE_THUMB_COLOR, INACTIVE_TRACK_COLOR, AUTOFOCUS, ON_CHANGE, ON_FOCUS, ON_BLUR);

    public Switch() {
        super("Switch", SWITCH_PROPS);
    }

    /** A switch labelled {@code label}. */
    public Switch(String label) {
        this();
        set(LABEL, label);
    }

    public boolean value() {
        return get(VALUE);
    }

    /** Turns the switch on or off. */
    public Switch value(boolean on) {
        set(VALUE, on);
        return this;
    }

    /** Sets the label. */
    public Switch label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets which side the label is on. */
    public Switch labelPosition(LabelPosition position) {
        set(LABEL_POSITION, position.value());
        return this;
    }

    /** Sets the thumb color when on. */
    public Switch activeColor(String color) {
        set(ACTIVE_COLOR, color);
        return this;
    }

    /** Sets the track color when on. */
    public Switch activeTrackColor(String color) {
        set(ACTIVE_TRACK_COLOR, color);
        return this;
    }

    /** Sets the thumb color when off. */
    public Switch inactiveThumbColor(String color) {
        set(INACTIVE_THUMB_COLOR, color);
        return this;
    }

    /** Sets the track color when off. */
    public Switch inactiveTrackColor(String color) {
        set(INACTIVE_TRACK_COLOR, color);
        return this;
    }

    /** Takes focus when shown. */
    public Switch autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the handler for toggling; {@link #value()} holds the new state. */
    public Switch onChange(EventHandler<SwitchChangeEvent> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public Switch onChange(EventCallback callback) {
        return onChange(callback.<SwitchChangeEvent>asHandler());
    }

    /** Sets the handler for gaining focus. */
    public Switch onFocus(EventHandler<Event<Switch>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Switch onBlur(EventHandler<Event<Switch>> handler) {
        set(ON_BLUR, handler);
        return this;
    }
}
