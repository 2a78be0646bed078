package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Border;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.BorderSide;

import java.util.List;
import java.util.OptionalInt;

/** A Material data table of columns and rows: Flet's {@code DataTable}. */
public class DataTable extends LayoutControl<DataTable> {
    /** The column headings. */
    static final Prop<List<DataColumn>> COLUMNS = Prop.controls("columns");
    /** The rows. */
    static final Prop<List<DataRow>> ROWS = Prop.controls("rows");
    /** Index of the column the rows are sorted by. */
    static final Prop<Integer> SORT_COLUMN_INDEX = Prop.outbound("sort_column_index", null);
    /** Whether the sort is ascending. */
    static final Prop<Boolean> SORT_ASCENDING = Prop.outbound("sort_ascending", false);
    /** Whether each row has a selection checkbox. */
    static final Prop<Boolean> SHOW_CHECKBOX_COLUMN = Prop.outbound("show_checkbox_column", false);
    /** Border around the table. */
    static final Prop<Border> BORDER = Prop.outbound("border", null);
    /** Corner radii of the border. */
    static final Prop<BorderRadius> BORDER_RADIUS = Prop.outbound("border_radius", null);
    /** Lines between rows. */
    static final Prop<BorderSide> HORIZONTAL_LINES = Prop.outbound("horizontal_lines", null);
    /** Lines between columns. */
    static final Prop<BorderSide> VERTICAL_LINES = Prop.outbound("vertical_lines", null);
    /** Background color of the heading row. */
    static final Prop<String> HEADING_ROW_COLOR = Prop.outbound("heading_row_color", null);
    /** Height of the heading row. */
    static final Prop<Double> HEADING_ROW_HEIGHT = Prop.outbound("heading_row_height", null);
    /** Space between columns. */
    static final Prop<Double> COLUMN_SPACING = Prop.outbound("column_spacing", null);
    /** Thickness of the lines between rows. */
    static final Prop<Double> DIVIDER_THICKNESS = Prop.outbound("divider_thickness", 1.0);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Fires when the heading checkbox is toggled; the data is the new state. */
    static final Prop<EventHandler<Event<DataTable>>> ON_SELECT_ALL = Prop.event("select_all");

    static final PropSet DATA_TABLE_PROPS = PropSet.of(LayoutControl.PROPS, COLUMNS, ROWS, SORT_COLUMN_INDEX,
            SORT_ASCENDING, SHOW_CHECKBOX_COLUMN, BORDER, BORDER_RADIUS, HORIZONTAL_LINES, VERTICAL_LINES,
            HEADING_ROW_COLOR, HEADING_ROW_HEIGHT, COLUMN_SPACING, DIVIDER_THICKNESS, BGCOLOR, ON_SELECT_ALL);

    /** A table with {@code columns} and no rows yet. */
    public DataTable(DataColumn... columns) {
        this(List.of(columns), List.of());
    }

    /** A table with columns and rows. */
    public DataTable(List<DataColumn> columns, List<DataRow> rows) {
        super("DataTable", DATA_TABLE_PROPS);
        columns().addAll(columns);
        rows().addAll(rows);
    }

    /** The column headings; changes are sent with the next update. */
    public List<DataColumn> columns() {
        return controls(COLUMNS);
    }

    /** The rows; changes are sent with the next update. */
    public List<DataRow> rows() {
        return controls(ROWS);
    }

    /** Marks the rows as sorted by the column at {@code index}. */
    public DataTable sortColumnIndex(int index) {
        set(SORT_COLUMN_INDEX, index);
        return this;
    }

    public OptionalInt sortColumnIndex() {
        Integer i = get(SORT_COLUMN_INDEX);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Marks the sort as ascending. */
    public DataTable sortAscending(boolean ascending) {
        set(SORT_ASCENDING, ascending);
        return this;
    }

    /** Gives each row a selection checkbox. */
    public DataTable showCheckboxColumn(boolean show) {
        set(SHOW_CHECKBOX_COLUMN, show);
        return this;
    }

    /** Draws a border around the table. */
    public DataTable border(Border border) {
        set(BORDER, border);
        return this;
    }

    /** Rounds the border's corners. */
    public DataTable borderRadius(BorderRadius radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Draws lines between rows. */
    public DataTable horizontalLines(BorderSide side) {
        set(HORIZONTAL_LINES, side);
        return this;
    }

    /** Draws lines between columns. */
    public DataTable verticalLines(BorderSide side) {
        set(VERTICAL_LINES, side);
        return this;
    }

    /** Sets the background color of the heading row. */
    public DataTable headingRowColor(String color) {
        set(HEADING_ROW_COLOR, color);
        return this;
    }

    /** Sets the height of the heading row. */
    public DataTable headingRowHeight(double height) {
        set(HEADING_ROW_HEIGHT, height);
        return this;
    }

    /** Sets the space between columns. */
    public DataTable columnSpacing(double spacing) {
        set(COLUMN_SPACING, spacing);
        return this;
    }

    /** Sets the thickness of the lines between rows. */
    public DataTable dividerThickness(double thickness) {
        set(DIVIDER_THICKNESS, thickness);
        return this;
    }

    /** Sets the background color. */
    public DataTable bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the handler for the heading checkbox; the data is the new state. */
    public DataTable onSelectAll(EventHandler<Event<DataTable>> handler) {
        set(ON_SELECT_ALL, handler);
        return this;
    }
}
