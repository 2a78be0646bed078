package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** One row of a {@link DataTable}: Flet's {@code DataRow}. */
public class DataRow extends Control {
    /** The cells, one per column. */
    static final Prop<List<DataCell>> CELLS = Prop.controls("cells");
    /** Whether the row is selected. */
    static final Prop<Boolean> SELECTED = Prop.outbound("selected", false);
    /** Background color. */
    static final Prop<String> COLOR = Prop.outbound("color", null);
    /** Fires when the row's checkbox is toggled; the data is the new state. */
    static final Prop<EventHandler<Event<DataRow>>> ON_SELECT_CHANGE = Prop.event("select_change");
    /** Fires on a long press. */
    static final Prop<EventHandler<Event<DataRow>>> ON_LONG_PRESS = Prop.event("long_press");

    static final PropSet DATA_ROW_PROPS = PropSet.of(Control.PROPS, CELLS, SELECTED, COLOR, ON_SELECT_CHANGE,
            ON_LONG_PRESS);

    public DataRow(DataCell... cells) {
        this(List.of(cells));
    }

    public DataRow(List<DataCell> cells) {
        super("DataRow", DATA_ROW_PROPS);
        cells().addAll(cells);
    }

    /** The cells; changes are sent with the next update. */
    public List<DataCell> cells() {
        return controls(CELLS);
    }

    /** Sets the key used to match rows across list changes. */
    public DataRow key(String key) {
        set(KEY, key);
        return this;
    }

    /** Selects the row. */
    public DataRow selected(boolean selected) {
        set(SELECTED, selected);
        return this;
    }

    /** Sets the background color. */
    public DataRow color(String color) {
        set(COLOR, color);
        return this;
    }

    /** Sets the handler for toggling the row's checkbox; the data is the new state. */
    public DataRow onSelectChange(EventHandler<Event<DataRow>> handler) {
        set(ON_SELECT_CHANGE, handler);
        return this;
    }

    /** Sets the long-press handler. */
    public DataRow onLongPress(EventHandler<Event<DataRow>> handler) {
        set(ON_LONG_PRESS, handler);
        return this;
    }
}
