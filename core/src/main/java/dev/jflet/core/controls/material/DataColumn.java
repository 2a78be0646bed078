package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** A column heading of a {@link DataTable}: Flet's {@code DataColumn}. */
public class DataColumn extends Control {
    /** The heading: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** Whether the column holds numbers (right-aligned). */
    static final Prop<Boolean> NUMERIC = Prop.outbound("numeric", false);
    /** Fires when the heading is clicked to sort; the data is {@code {ci, asc}}. */
    static final Prop<EventHandler<Event<DataColumn>>> ON_SORT = Prop.event("sort");

    static final PropSet DATA_COLUMN_PROPS = PropSet.of(Control.PROPS, LABEL, NUMERIC, ON_SORT);

    /** A column headed by a control, e.g. {@code new Text("Name")}. */
    public DataColumn(Control label) {
        super("DataColumn", DATA_COLUMN_PROPS);
        // The table draws the tooltip itself (flet-protocol.md §3.2).
        internal("skip_properties", List.of("tooltip"));
        set(LABEL, label);
    }

    /** A column headed by {@code label}. */
    public DataColumn(String label) {
        super("DataColumn", DATA_COLUMN_PROPS);
        internal("skip_properties", List.of("tooltip"));
        set(LABEL, label);
    }

    /** Marks the column as holding numbers, which aligns them right. */
    public DataColumn numeric(boolean numeric) {
        set(NUMERIC, numeric);
        return this;
    }

    /** Sets the heading's tooltip. */
    public DataColumn tooltip(String tooltip) {
        set(TOOLTIP, tooltip);
        return this;
    }

    /** Sets the sort handler; the data is {@code {ci: column index, asc: ascending}}. */
    public DataColumn onSort(EventHandler<Event<DataColumn>> handler) {
        set(ON_SORT, handler);
        return this;
    }
}
