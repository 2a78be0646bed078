package dev.jflet.core;

import java.util.Optional;

/**
 * An event from the client: its name, the control it happened on, and its data.
 *
 * @param <C> the type of control the event belongs to
 */
public class Event<C extends Control> {
    private final C control;
    private final String name;
    private final Object data;
    private final Page page;

    public Event(C control, String name, Object data, Page page) {
        this.control = control;
        this.name = name;
        this.data = data;
        this.page = page;
    }

    /** The control the event happened on. */
    public C control() {
        return control;
    }

    /** The event name without the {@code on_} prefix, e.g. {@code click}. */
    public String name() {
        return name;
    }

    /** The raw event data as the client sent it (a string, number, bool, map or nothing). */
    public Optional<Object> data() {
        return Optional.ofNullable(data);
    }

    /** The page the event happened on. */
    public Page page() {
        return page;
    }

    @Override
    public String toString() {
        return name + " on " + control + (data == null ? "" : ": " + data);
    }
}
