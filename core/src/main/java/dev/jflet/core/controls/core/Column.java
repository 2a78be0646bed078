package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.types.CrossAxisAlignment;

import java.util.List;

/** Lays out its controls vertically: Flet's {@code Column}. */
public class Column extends FlexControl<Column> {
    public Column(Control... controls) {
        this(List.of(controls));
    }

    public Column(List<? extends Control> controls) {
        super("Column", controls);
    }

    /** Sets the cross-axis alignment: {@code start}, {@code center}, {@code end}, {@code stretch}, {@code baseline}. */
    public Column horizontalAlignment(String alignment) {
        set(COLUMN_CROSS, alignment);
        return this;
    }

    /** Sets the cross-axis alignment, e.g. {@code CrossAxisAlignment.CENTER}. */
    public Column horizontalAlignment(CrossAxisAlignment alignment) {
        return horizontalAlignment(alignment.value());
    }
}
