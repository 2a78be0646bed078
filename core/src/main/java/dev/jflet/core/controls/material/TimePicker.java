package dev.jflet.core.controls.material;

import dev.jflet.core.DialogControl;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.TimeOfDay;
import dev.jflet.core.types.TimePickerEntryMode;
import dev.jflet.core.types.TimePickerHourFormat;

import java.util.Optional;

/**
 * A Material time picker dialog: Flet's {@code TimePicker}. Open it with {@code page.showDialog(picker)}. When
 * the user confirms a time, it arrives with UpdateControl before the {@code change} event, so {@link #value()}
 * is current inside the handler; the dialog's {@code dismiss} handler then does not run (flet-protocol.md §3.13).
 *
 * <p>Unlike Flet, which sends the backend's local time when no value is set, jflet leaves the value out and the
 * client shows its own current time: the browser knows the user's time zone, the app does not.
 */
public class TimePicker extends DialogControl<TimePicker> {
    /** The chosen time. */
    static final Prop<TimeOfDay> VALUE = Prop.value("value", null, TimeOfDay::fromWire);
    /** Whether clicks outside the dialog leave it open. */
    static final Prop<Boolean> MODAL = Prop.outbound("modal", false);
    /** Whether the time is picked on a dial or typed. */
    static final Prop<String> ENTRY_MODE = Prop.outbound("entry_mode", "dial");
    /** Label below the hour field in input mode. */
    static final Prop<String> HOUR_LABEL_TEXT = Prop.outbound("hour_label_text", null);
    /** Label below the minute field in input mode. */
    static final Prop<String> MINUTE_LABEL_TEXT = Prop.outbound("minute_label_text", null);
    /** Text at the top of the header. */
    static final Prop<String> HELP_TEXT = Prop.outbound("help_text", null);
    /** Text of the cancel button. */
    static final Prop<String> CANCEL_TEXT = Prop.outbound("cancel_text", null);
    /** Text of the confirm button. */
    static final Prop<String> CONFIRM_TEXT = Prop.outbound("confirm_text", null);
    /** Error text for an invalid typed time. */
    static final Prop<String> ERROR_INVALID_TEXT = Prop.outbound("error_invalid_text", null);
    /** Color of the barrier behind the dialog. */
    static final Prop<String> BARRIER_COLOR = Prop.outbound("barrier_color", null);
    /** 12- or 24-hour clock. */
    static final Prop<String> HOUR_FORMAT = Prop.outbound("hour_format", "system");
    /** Fires when the user confirms a time; the data is the time. */
    static final Prop<EventHandler<Event<TimePicker>>> ON_CHANGE = Prop.event("change");
    /** Fires when the user switches between dial and input; the data is the new mode. */
    static final Prop<EventHandler<Event<TimePicker>>> ON_ENTRY_MODE_CHANGE = Prop.event("entry_mode_change");

    static final PropSet TIME_PICKER_PROPS = PropSet.of(DialogControl.PROPS, VALUE, MODAL, ENTRY_MODE,
            HOUR_LABEL_TEXT, MINUTE_LABEL_TEXT, HELP_TEXT, CANCEL_TEXT, CONFIRM_TEXT, ERROR_INVALID_TEXT,
            BARRIER_COLOR, HOUR_FORMAT, ON_CHANGE, ON_ENTRY_MODE_CHANGE);

    public TimePicker() {
        super("TimePicker", TIME_PICKER_PROPS);
    }

    /** The chosen time, if one was set or picked. */
    public Optional<TimeOfDay> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Sets the time the picker shows as chosen. */
    public TimePicker value(TimeOfDay value) {
        set(VALUE, value);
        return this;
    }

    /** Keeps the dialog open on clicks outside it. */
    public TimePicker modal(boolean modal) {
        set(MODAL, modal);
        return this;
    }

    /** Sets whether the time is picked on a dial or typed. */
    public TimePicker entryMode(TimePickerEntryMode mode) {
        set(ENTRY_MODE, mode.value());
        return this;
    }

    /** Sets the label below the hour field. */
    public TimePicker hourLabelText(String text) {
        set(HOUR_LABEL_TEXT, text);
        return this;
    }

    /** Sets the label below the minute field. */
    public TimePicker minuteLabelText(String text) {
        set(MINUTE_LABEL_TEXT, text);
        return this;
    }

    /** Sets the text at the top of the header. */
    public TimePicker helpText(String text) {
        set(HELP_TEXT, text);
        return this;
    }

    /** Sets the text of the cancel button. */
    public TimePicker cancelText(String text) {
        set(CANCEL_TEXT, text);
        return this;
    }

    /** Sets the text of the confirm button. */
    public TimePicker confirmText(String text) {
        set(CONFIRM_TEXT, text);
        return this;
    }

    /** Sets the error text for an invalid typed time. */
    public TimePicker errorInvalidText(String text) {
        set(ERROR_INVALID_TEXT, text);
        return this;
    }

    /** Sets the color of the barrier behind the dialog. */
    public TimePicker barrierColor(String color) {
        set(BARRIER_COLOR, color);
        return this;
    }

    /** Sets a 12- or 24-hour clock. */
    public TimePicker hourFormat(TimePickerHourFormat format) {
        set(HOUR_FORMAT, format.value());
        return this;
    }

    /** Sets the handler for confirming a time; {@link #value()} holds the new time. */
    public TimePicker onChange(EventHandler<Event<TimePicker>> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public TimePicker onChange(EventCallback callback) {
        return onChange(callback.<Event<TimePicker>>asHandler());
    }

    /** Sets the handler for switching between dial and input; the data is the new mode's name. */
    public TimePicker onEntryModeChange(EventHandler<Event<TimePicker>> handler) {
        set(ON_ENTRY_MODE_CHANGE, handler);
        return this;
    }
}
