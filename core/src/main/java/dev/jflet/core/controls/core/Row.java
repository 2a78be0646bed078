package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.types.CrossAxisAlignment;

import java.util.List;

/** Lays out its controls horizontally: Flet's {@code Row}. */
public class Row extends FlexControl<Row> {
    public Row(Control... controls) {
        this(List.of(controls));
    }

    public Row(List<? extends Control> controls) {
        super("Row", controls);
    }

    /** Sets the cross-axis alignment: {@code start}, {@code center} (default), {@code end}, {@code stretch}. */
    public Row verticalAlignment(String alignment) {
        set(ROW_CROSS, alignment);
        return this;
    }

    /** Sets the cross-axis alignment, e.g. {@code CrossAxisAlignment.CENTER}. */
    public Row verticalAlignment(CrossAxisAlignment alignment) {
        return verticalAlignment(alignment.value());
    }
}
