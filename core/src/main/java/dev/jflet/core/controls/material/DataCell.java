package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/** One cell of a {@link DataRow}: Flet's {@code DataCell}. */
public class DataCell extends Control {
    /** The content: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** Whether the content is a placeholder (shown dimmed). */
    static final Prop<Boolean> PLACEHOLDER = Prop.outbound("placeholder", false);
    /** Whether an edit icon is shown. */
    static final Prop<Boolean> SHOW_EDIT_ICON = Prop.outbound("show_edit_icon", false);
    /** Fires when the cell is tapped. */
    static final Prop<EventHandler<Event<DataCell>>> ON_TAP = Prop.event("tap");

    static final PropSet DATA_CELL_PROPS = PropSet.of(Control.PROPS, CONTENT, PLACEHOLDER, SHOW_EDIT_ICON, ON_TAP);

    /** A cell showing a control, e.g. {@code new Text("Alice")}. */
    public DataCell(Control content) {
        super("DataCell", DATA_CELL_PROPS);
        set(CONTENT, content);
    }

    /** A cell showing {@code text}. */
    public DataCell(String text) {
        super("DataCell", DATA_CELL_PROPS);
        set(CONTENT, text);
    }

    /** Shows the content dimmed, as a placeholder. */
    public DataCell placeholder(boolean placeholder) {
        set(PLACEHOLDER, placeholder);
        return this;
    }

    /** Shows an edit icon. */
    public DataCell showEditIcon(boolean show) {
        set(SHOW_EDIT_ICON, show);
        return this;
    }

    /** Sets the tap handler; {@code null} removes it. */
    public DataCell onTap(EventHandler<Event<DataCell>> handler) {
        set(ON_TAP, handler);
        return this;
    }

    /** Sets a tap handler without arguments. */
    public DataCell onTap(EventCallback callback) {
        return onTap(callback.<Event<DataCell>>asHandler());
    }
}
