package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;

/**
 * A Material slider for a number in a range: Flet's {@code Slider}. The new value arrives with UpdateControl
 * before the {@code change} event, so {@link #value()} is current inside the handler.
 */
public class Slider extends LayoutControl<Slider> {
    /** The value; the client shows {@code min} while it is absent. */
    static final Prop<Double> VALUE = Prop.value("value", null, WireDecoder.NUMBER);
    /** The smallest value. */
    static final Prop<Double> MIN = Prop.outbound("min", 0.0);
    /** The largest value. */
    static final Prop<Double> MAX = Prop.outbound("max", 1.0);
    /** Number of steps between min and max; continuous when absent. */
    static final Prop<Integer> DIVISIONS = Prop.outbound("divisions", null);
    /** Decimal places of the value in the label. */
    static final Prop<Integer> ROUND = Prop.outbound("round", 0);
    /** Label above the thumb while dragging; {@code {value}} is replaced by the value. */
    static final Prop<String> LABEL = Prop.outbound("label", null);
    /** Color of the track left of the thumb. */
    static final Prop<String> ACTIVE_COLOR = Prop.outbound("active_color", null);
    /** Color of the track right of the thumb. */
    static final Prop<String> INACTIVE_COLOR = Prop.outbound("inactive_color", null);
    /** Color of the thumb. */
    static final Prop<String> THUMB_COLOR = Prop.outbound("thumb_color", null);
    /** A second value shown on the track, e.g. a buffered position. */
    static final Prop<Double> SECONDARY_TRACK_VALUE = Prop.outbound("secondary_track_value", null);
    /** Whether the slider takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires while the value changes; the data is the new value. */
    static final Prop<EventHandler<SliderChangeEvent>> ON_CHANGE = Prop.event("change",
            SliderChangeEvent.FACTORY);
    /** Fires when the user starts dragging. */
    static final Prop<EventHandler<SliderChangeEvent>> ON_CHANGE_START = Prop.event("change_start",
            SliderChangeEvent.FACTORY);
    /** Fires when the user stops dragging. */
    static final Prop<EventHandler<SliderChangeEvent>> ON_CHANGE_END = Prop.event("change_end",
            SliderChangeEvent.FACTORY);
    /** Fires when the slider gains focus. */
    static final Prop<EventHandler<Event<Slider>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the slider loses focus. */
    static final Prop<EventHandler<Event<Slider>>> ON_BLUR = Prop.event("blur");

    static final PropSet SLIDER_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, MIN, MAX, DIVISIONS, ROUND, LABEL,
            ACTIVE_COLOR, INACTIVE_COLOR, THUMB_COLOR, SECONDARY_TRACK_VALUE, AUTOFOCUS, ON_CHANGE, ON_CHANGE_START,
            ON_CHANGE_END, ON_FOCUS, ON_BLUR);

    /** A slider from 0.0 to 1.0. */
    public Slider() {
        super("Slider", SLIDER_PROPS);
    }

    /** A slider from {@code min} to {@code max}. */
    public Slider(double min, double max) {
        this();
        min(min).max(max);
    }

    /** The value ({@code min} until one is set or reported). */
    public double value() {
        Double v = get(VALUE);
        return v == null ? get(MIN) : v;
    }

    /** Moves the thumb to {@code value}. */
    public Slider value(double value) {
        set(VALUE, value);
        return this;
    }

    /** Sets the smallest value. */
    public Slider min(double min) {
        set(MIN, min);
        return this;
    }

    /** Sets the largest value. */
    public Slider max(double max) {
        set(MAX, max);
        return this;
    }

    /** Splits the range into {@code divisions} steps. */
    public Slider divisions(int divisions) {
        if (divisions < 1) {
            throw new IllegalArgumentException("divisions < 1: " + divisions);
        }
        set(DIVISIONS, divisions);
        return this;
    }

    /** Sets the decimal places of the value in the label. */
    public Slider round(int places) {
        set(ROUND, places);
        return this;
    }

    /** Sets the label shown while dragging; {@code {value}} is replaced by the value. */
    public Slider label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets the color of the track left of the thumb. */
    public Slider activeColor(String color) {
        set(ACTIVE_COLOR, color);
        return this;
    }

    /** Sets the color of the track right of the thumb. */
    public Slider inactiveColor(String color) {
        set(INACTIVE_COLOR, color);
        return this;
    }

    /** Sets the color of the thumb. */
    public Slider thumbColor(String color) {
        set(THUMB_COLOR, color);
        return this;
    }

    /** Shows a second value on the track. */
    public Slider secondaryTrackValue(double value) {
        set(SECONDARY_TRACK_VALUE, value);
        return this;
    }

    /** Takes focus when shown. */
    public Slider autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the handler for value changes; {@link #value()} holds the new value. */
    public Slider onChange(EventHandler<SliderChangeEvent> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public Slider onChange(EventCallback callback) {
        return onChange(callback.<SliderChangeEvent>asHandler());
    }

    /** Sets the handler for the start of a drag. */
    public Slider onChangeStart(EventHandler<SliderChangeEvent> handler) {
        set(ON_CHANGE_START, handler);
        return this;
    }

    /** Sets the handler for the end of a drag. */
    public Slider onChangeEnd(EventHandler<SliderChangeEvent> handler) {
        set(ON_CHANGE_END, handler);
        return this;
    }

    /** Sets the handler for gaining focus. */
    public Slider onFocus(EventHandler<Event<Slider>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Slider onBlur(EventHandler<Event<Slider>> handler) {
        set(ON_BLUR, handler);
        return this;
    }
}
