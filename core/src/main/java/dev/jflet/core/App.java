package dev.jflet.core;

/**
 * A jflet app: Flet's {@code main(page)}. It runs as a task when a client connects, so it may sleep
 * and await results without blocking the page.
 */
@FunctionalInterface
public interface App {
    void main(Page page) throws Exception;
}
