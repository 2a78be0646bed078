package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.TextStyle;

import java.util.List;
import java.util.Optional;

/**
 * A Material 3 dropdown menu: Flet's {@code Dropdown}. The chosen option's key arrives with UpdateControl
 * before the {@code select} event, so {@link #value()} is current inside the handler.
 */
public class Dropdown extends LayoutControl<Dropdown> {
    /** The key of the chosen option. */
    static final Prop<String> VALUE = Prop.string("value", null);
    /** The options. */
    static final Prop<List<DropdownOption>> OPTIONS = Prop.controls("options");
    /** The text in the input field; the client reports it when it is editable. */
    static final Prop<String> TEXT = Prop.string("text", null);
    /** The label shown above the field. */
    static final Prop<String> LABEL = Prop.outbound("label", null);
    /** Placeholder text shown while nothing is chosen. */
    static final Prop<String> HINT_TEXT = Prop.outbound("hint_text", null);
    /** Help text shown below the field. */
    static final Prop<String> HELPER_TEXT = Prop.outbound("helper_text", null);
    /** Error text shown below the field. */
    static final Prop<String> ERROR_TEXT = Prop.outbound("error_text", null);
    /** Whether the user can type into the field. */
    static final Prop<Boolean> EDITABLE = Prop.outbound("editable", false);
    /** Whether typing filters the options. */
    static final Prop<Boolean> ENABLE_FILTER = Prop.outbound("enable_filter", false);
    /** Whether the field takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Height of the menu. */
    static final Prop<Double> MENU_HEIGHT = Prop.outbound("menu_height", null);
    /** Width of the menu. */
    static final Prop<Double> MENU_WIDTH = Prop.outbound("menu_width", null);
    /** Icon before the text: an icon code or a control. */
    static final Prop<Object> LEADING_ICON = Prop.outbound("leading_icon", null);
    /** Whether the field is filled with {@code fill_color}. */
    static final Prop<Boolean> FILLED = Prop.outbound("filled", false);
    /** Fill color of the field. */
    static final Prop<String> FILL_COLOR = Prop.outbound("fill_color", null);
    /** Border color of the field. */
    static final Prop<String> BORDER_COLOR = Prop.outbound("border_color", null);
    /** Corner radii of the field: a number or a {@link BorderRadius}. */
    static final Prop<Object> BORDER_RADIUS = Prop.outbound("border_radius", null);
    /** Whether the field uses less vertical space. */
    static final Prop<Boolean> DENSE = Prop.outbound("dense", false);
    /** Text style of the field. */
    static final Prop<TextStyle> TEXT_STYLE = Prop.outbound("text_style", null);
    /** Fires when an option is chosen; the data is its key. */
    static final Prop<EventHandler<DropdownSelectEvent>> ON_SELECT = Prop.event("select",
            DropdownSelectEvent.FACTORY);
    /** Fires when the typed text changes; the data is the text. */
    static final Prop<EventHandler<Event<Dropdown>>> ON_TEXT_CHANGE = Prop.event("text_change");
    /** Fires when the field gains focus. */
    static final Prop<EventHandler<Event<Dropdown>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the field loses focus. */
    static final Prop<EventHandler<Event<Dropdown>>> ON_BLUR = Prop.event("blur");

    static final PropSet DROPDOWN_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, OPTIONS, TEXT, LABEL, HINT_TEXT,
            HELPER_TEXT, ERROR_TEXT, EDITABLE, ENABLE_FILTER, AUTOFOCUS, MENU_HEIGHT, MENU_WIDTH, LEADING_ICON, FILLED,
            FILL_COLOR, BORDER_COLOR, BORDER_RADIUS, DENSE, TEXT_STYLE, ON_SELECT, ON_TEXT_CHANGE, ON_FOCUS, ON_BLUR);

    public Dropdown(DropdownOption... options) {
        this(List.of(options));
    }

    public Dropdown(List<DropdownOption> options) {
        super("Dropdown", DROPDOWN_PROPS);
        options().addAll(options);
    }

    /** The options; changes are sent with the next update. */
    public List<DropdownOption> options() {
        return controls(OPTIONS);
    }

    /** The key of the chosen option, if any. */
    public Optional<String> value() {
        return Optional.ofNullable(get(VALUE));
    }

    /** Chooses the option with key {@code key}. */
    public Dropdown value(String key) {
        set(VALUE, key);
        return this;
    }

    /** The text in the input field, if the client reported or the app set one. */
    public Optional<String> text() {
        return Optional.ofNullable(get(TEXT));
    }

    /** Sets the text in the input field. */
    public Dropdown text(String text) {
        set(TEXT, text);
        return this;
    }

    /** Sets the label shown above the field. */
    public Dropdown label(String label) {
        set(LABEL, label);
        return this;
    }

    /** Sets the placeholder shown while nothing is chosen. */
    public Dropdown hintText(String hint) {
        set(HINT_TEXT, hint);
        return this;
    }

    /** Sets the help text shown below the field. */
    public Dropdown helperText(String text) {
        set(HELPER_TEXT, text);
        return this;
    }

    /** Sets the error text shown below the field. */
    public Dropdown errorText(String text) {
        set(ERROR_TEXT, text);
        return this;
    }

    /** Lets the user type into the field. */
    public Dropdown editable(boolean editable) {
        set(EDITABLE, editable);
        return this;
    }

    /** Filters the options by the typed text. */
    public Dropdown enableFilter(boolean filter) {
        set(ENABLE_FILTER, filter);
        return this;
    }

    /** Takes focus when shown. */
    public Dropdown autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the height of the menu. */
    public Dropdown menuHeight(double height) {
        set(MENU_HEIGHT, height);
        return this;
    }

    /** Sets the width of the menu. */
    public Dropdown menuWidth(double width) {
        set(MENU_WIDTH, width);
        return this;
    }

    /** Sets the icon before the text, e.g. {@code Icons.SEARCH}. */
    public Dropdown leadingIcon(int icon) {
        set(LEADING_ICON, icon);
        return this;
    }

    /** Fills the field with {@code fill_color} (or the theme's). */
    public Dropdown filled(boolean filled) {
        set(FILLED, filled);
        return this;
    }

    /** Sets the fill color; it shows when {@link #filled(boolean)} is on. */
    public Dropdown fillColor(String color) {
        set(FILL_COLOR, color);
        return this;
    }

    /** Sets the border color. */
    public Dropdown borderColor(String color) {
        set(BORDER_COLOR, color);
        return this;
    }

    /** Rounds the field's corners by {@code radius} logical pixels. */
    public Dropdown borderRadius(double radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Makes the field use less vertical space. */
    public Dropdown dense(boolean dense) {
        set(DENSE, dense);
        return this;
    }

    /** Sets the text style of the field. */
    public Dropdown textStyle(TextStyle style) {
        set(TEXT_STYLE, style);
        return this;
    }

    /** Sets the handler for choosing an option; {@link #value()} holds the new key. */
    public Dropdown onSelect(EventHandler<DropdownSelectEvent> handler) {
        set(ON_SELECT, handler);
        return this;
    }

    /** Sets a select handler without arguments. */
    public Dropdown onSelect(EventCallback callback) {
        return onSelect(callback.<DropdownSelectEvent>asHandler());
    }

    /** Sets the handler for typed text changes; {@link #text()} holds the new text. */
    public Dropdown onTextChange(EventHandler<Event<Dropdown>> handler) {
        set(ON_TEXT_CHANGE, handler);
        return this;
    }

    /** Sets the handler for gaining focus. */
    public Dropdown onFocus(EventHandler<Event<Dropdown>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Dropdown onBlur(EventHandler<Event<Dropdown>> handler) {
        set(ON_BLUR, handler);
        return this;
    }
}
