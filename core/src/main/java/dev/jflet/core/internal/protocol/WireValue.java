package dev.jflet.core.internal.protocol;

/** Internal: a value object that knows its wire form (a map, list or primitive). */
public interface WireValue {
    /** Returns the value as Flet sends it: maps with snake_case keys, zero or default fields left out. */
    Object toWire();
}
