package dev.jflet.core.controls.material;

import dev.jflet.core.DialogControl;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.DatePickerEntryMode;
import dev.jflet.core.types.DatePickerMode;
import dev.jflet.core.types.DateTime;
import dev.jflet.core.types.Padding;

import java.util.Optional;

/**
 * A Material date picker dialog: Flet's {@code DatePicker}. Open it with {@code page.showDialog(picker)}. When
 * the user confirms a date, it arrives with UpdateControl before the {@code change} event, so {@link #value()}
 * is current inside the handler; the dialog's {@code dismiss} handler then does not run (flet-protocol.md §3.13).
 */
public class DatePicker extends DialogControl<DatePicker> {
    /** The chosen date. */
    static final Prop<DateTime> VALUE = Prop.value("value", null, DateTime::fromWire);
    /** The earliest date that can be chosen; sent always, as Flet does (default 1900-01-01). */
    static final Prop<DateTime> FIRST_DATE = Prop.outbound("first_date", null);
    /** The latest date that can be chosen; sent always (default 2050-01-01). */
    static final Prop<DateTime> LAST_DATE = Prop.outbound("last_date", null);
    /** The date shown as today; sent always (default: now). */
    static final Prop<DateTime> CURRENT_DATE = Prop.outbound("current_date", null);
    /** Whether clicks outside the dialog leave it open. */
    static final Prop<Boolean> MODAL = Prop.outbound("modal", false);
    /** Whether the calendar starts on days or years. */
    static final Prop<String> DATE_PICKER_MODE = Prop.outbound("date_picker_mode", "day");
    /** Whether the date is picked on a calendar or typed. */
    static final Prop<String> ENTRY_MODE = Prop.outbound("entry_mode", "calendar");
    /** Text at the top of the header. */
    static final Prop<String> HELP_TEXT = Prop.outbound("help_text", null);
    /** Text of the cancel button. */
    static final Prop<String> CANCEL_TEXT = Prop.outbound("cancel_text", null);
    /** Text of the confirm button. */
    static final Prop<String> CONFIRM_TEXT = Prop.outbound("confirm_text", null);
    /** Label of the text field in input mode. */
    static final Prop<String> FIELD_LABEL_TEXT = Prop.outbound("field_label_text", null);
    /** Color of the barrier behind the dialog. */
    static final Prop<String> BARRIER_COLOR = Prop.outbound("barrier_color", null);
    /** Space between the screen's edges and the dialog; sent always (default 16 by 24). */
    static final Prop<Padding> INSET_PADDING = Prop.outbound("inset_padding", null);
    /** Fires when the user confirms a date; the data is the date. */
    static final Prop<EventHandler<Event<DatePicker>>> ON_CHANGE = Prop.event("change");
    /** Fires when the user switches between calendar and input; the data is the new mode. */
    static final Prop<EventHandler<Event<DatePicker>>> ON_ENTRY_MODE_CHANGE = Prop.event("entry_mode_change");

    static final PropSet DATE_PICKER_PROPS = PropSet.of(DialogControl.PROPS, VALUE, FIRST_DATE, LAST_DATE,
            CURRENT_DATE, MODAL, DATE_PICKER_MODE, ENTRY_MODE, HELP_TEXT, CANCEL_TEXT, CONFIRM_TEXT, FIELD_LABEL_TEXT,
            BARRIER_COLOR, INSET_PADDING, ON_CHANGE, ON_ENTRY_MODE_CHANGE);

    public DatePicker() {
        super("DatePicker", DATE_PICKER_PROPS);
        // Flet's factory defaults, which it always sends.
        set(FIRST_DATE, DateTime.of(1900, 1, 1, 0, 0));
        set(LAST_DATE, DateTime.of(2050, 1, 1, 0, 0));
        set(CURRENT_DATE, DateTime.now());
        set(INSET_PADDING, Padding.symmetric(16, 24));
    }

    /** The chosen date, if one was set or picked. */
    public Optional<DateTime> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Sets the date the picker shows as chosen. */
    public DatePicker value(DateTime value) {
        set(VALUE, value);
        return this;
    }

    public DateTime firstDate() {
        return get(FIRST_DATE);
    }

    /** Sets the earliest date that can be chosen. */
    public DatePicker firstDate(DateTime date) {
        set(FIRST_DATE, require(date, "firstDate"));
        return this;
    }

    public DateTime lastDate() {
        return get(LAST_DATE);
    }

    /** Sets the latest date that can be chosen. */
    public DatePicker lastDate(DateTime date) {
        set(LAST_DATE, require(date, "lastDate"));
        return this;
    }

    /** Sets the date shown as today. */
    public DatePicker currentDate(DateTime date) {
        set(CURRENT_DATE, require(date, "currentDate"));
        return this;
    }

    /** Keeps the dialog open on clicks outside it. */
    public DatePicker modal(boolean modal) {
        set(MODAL, modal);
        return this;
    }

    /** Sets whether the calendar starts on days or years. */
    public DatePicker datePickerMode(DatePickerMode mode) {
        set(DATE_PICKER_MODE, mode.value());
        return this;
    }

    /** Sets whether the date is picked on a calendar or typed. */
    public DatePicker entryMode(DatePickerEntryMode mode) {
        set(ENTRY_MODE, mode.value());
        return this;
    }

    /** Sets the text at the top of the header. */
    public DatePicker helpText(String text) {
        set(HELP_TEXT, text);
        return this;
    }

    /** Sets the text of the cancel button. */
    public DatePicker cancelText(String text) {
        set(CANCEL_TEXT, text);
        return this;
    }

    /** Sets the text of the confirm button. */
    public DatePicker confirmText(String text) {
        set(CONFIRM_TEXT, text);
        return this;
    }

    /** Sets the label of the text field in input mode. */
    public DatePicker fieldLabelText(String text) {
        set(FIELD_LABEL_TEXT, text);
        return this;
    }

    /** Sets the color of the barrier behind the dialog. */
    public DatePicker barrierColor(String color) {
        set(BARRIER_COLOR, color);
        return this;
    }

    /** Sets the space between the screen's edges and the dialog. */
    public DatePicker insetPadding(Padding padding) {
        set(INSET_PADDING, require(padding, "insetPadding"));
        return this;
    }

    /** Sets the handler for confirming a date; {@link #value()} holds the new date. */
    public DatePicker onChange(EventHandler<Event<DatePicker>> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public DatePicker onChange(EventCallback callback) {
        return onChange(callback.<Event<DatePicker>>asHandler());
    }

    /** Sets the handler for switching between calendar and input; the data is the new mode's name. */
    public DatePicker onEntryModeChange(EventHandler<Event<DatePicker>> handler) {
        set(ON_ENTRY_MODE_CHANGE, handler);
        return this;
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
