package dev.jflet.core.internal.props;

import java.util.Objects;

/**
 * Internal: a typed property descriptor: wire name, default, kind and how values come back from the client.
 *
 * <p>Controls store only values that differ from the default (DESIGN.md decision 3).
 */
public final class Prop<T> {
    /** What a property holds, which decides how it is serialized and diffed. */
    public enum Kind {
        /** A scalar, value object or single child control; replaced as a whole. */
        VALUE,
        /** An event handler; travels as {@code on_x: true/false}. */
        EVENT,
        /** A list of child controls, diffed item by item. */
        CONTROLS
    }

    private static int declared;
    /** Every property by its order, so a control can store a small code for its key instead of a reference. */
    private static volatile Prop<?>[] byOrder = new Prop<?>[64];

    private final String name;
    private final T defaultValue;
    private final Kind kind;
    private final WireDecoder<T> decoder;
    private final int order;
    private final Object eventFactory;

    private Prop(String name, T defaultValue, Kind kind, WireDecoder<T> decoder, Object eventFactory) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.decoder = decoder;
        this.eventFactory = eventFactory;
        this.order = register(this);
    }

    private static synchronized int register(Prop<?> p) {
        int order = declared++;
        Prop<?>[] table = byOrder;
        if (order == table.length) {
            table = java.util.Arrays.copyOf(table, 2 * table.length);
        }
        table[order] = p;
        // Published again after the store, so a reader that sees the table sees the new entry.
        byOrder = table;
        return order;
    }

    public static <T> Prop<T> value(String name, T defaultValue, WireDecoder<T> decoder) {
        return new Prop<>(name, defaultValue, Kind.VALUE, decoder, null);
    }

    public static Prop<String> string(String name, String defaultValue) {
        return value(name, defaultValue, WireDecoder.STRING);
    }

    public static Prop<Boolean> bool(String name, boolean defaultValue) {
        return value(name, defaultValue, WireDecoder.BOOLEAN);
    }

    public static Prop<Double> number(String name) {
        return value(name, null, WireDecoder.NUMBER);
    }

    public static Prop<Integer> integer(String name) {
        return value(name, null, WireDecoder.INTEGER);
    }

    /** A property the client never writes back (child controls, value objects); client writes are rejected. */
    public static <T> Prop<T> outbound(String name, T defaultValue) {
        return value(name, defaultValue, WireDecoder.rejecting(name));
    }

    /** An event whose handler receives a plain {@code Event}. */
    public static <H> Prop<H> event(String name) {
        return event(name, null);
    }

    /** An event whose handler receives what {@code factory} builds (a {@code dev.jflet.core.EventFactory}). */
    public static <H> Prop<H> event(String name, Object factory) {
        return new Prop<>("on_" + name, null, Kind.EVENT, WireDecoder.rejecting("on_" + name), factory);
    }

    public static <L> Prop<L> controls(String name) {
        return new Prop<>(name, null, Kind.CONTROLS, WireDecoder.rejecting(name), null);
    }

    /** The snake_case wire name. */
    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public Kind kind() {
        return kind;
    }

    /** For events: the factory of typed events, or null for plain events. */
    public Object eventFactory() {
        return eventFactory;
    }

    /** Declaration order, used to visit a control's fields in a stable order. */
    public int order() {
        return order;
    }

    /** The property whose {@link #order()} is {@code order}. */
    public static Prop<?> ofOrder(int order) {
        return byOrder[order];
    }

    /** Converts a value the client sent into this property's type. */
    public T decode(Object wire) {
        T value = decoder.decode(wire);
        return value == null ? defaultValue : value;
    }

    public boolean isDefault(Object value) {
        return Objects.equals(value, defaultValue);
    }

    @Override
    public String toString() {
        return name;
    }
}
