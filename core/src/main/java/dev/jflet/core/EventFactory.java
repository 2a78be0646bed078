package dev.jflet.core;

/** Builds a typed event from what the client sent; throws {@link IllegalArgumentException} on bad data. */
@FunctionalInterface
public interface EventFactory<C extends Control, E extends Event<C>> {
    E create(C control, String name, Object data, Page page);
}
