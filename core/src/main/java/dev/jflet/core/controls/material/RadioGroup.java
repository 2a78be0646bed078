package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.Optional;

/**
 * Groups the {@link Radio} buttons anywhere inside its content so that one can be chosen: Flet's
 * {@code RadioGroup}. The chosen value arrives with UpdateControl before the {@code change} event.
 */
public class RadioGroup extends LayoutControl<RadioGroup> {
    /** The content holding the radios. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** The value of the chosen radio. */
    static final Prop<String> VALUE = Prop.string("value", null);
    /** Fires when another radio is chosen; the data is its value. */
    static final Prop<EventHandler<Event<RadioGroup>>> ON_CHANGE = Prop.event("change");

    static final PropSet RADIO_GROUP_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, VALUE, ON_CHANGE);

    /** A group of the radios inside {@code content}, e.g. a Row of radios. */
    public RadioGroup(Control content) {
        super("RadioGroup", RADIO_GROUP_PROPS);
        set(CONTENT, content);
    }

    /** The value of the chosen radio, if one is chosen. */
    public Optional<String> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Chooses the radio whose value is {@code value}. */
    public RadioGroup value(String value) {
        set(VALUE, value);
        return this;
    }

    /** Sets the content holding the radios. */
    public RadioGroup content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** Sets the handler for choosing a radio; {@link #value()} holds the new value. */
    public RadioGroup onChange(EventHandler<Event<RadioGroup>> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public RadioGroup onChange(EventCallback callback) {
        return onChange(callback.<Event<RadioGroup>>asHandler());
    }
}
