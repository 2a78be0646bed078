package dev.jflet.core;

/** The page's viewport changed size. */
public final class PageResizeEvent extends Event<Page> {
    private final double width;
    private final double height;

    PageResizeEvent(Page page, Object data) {
        super(page, "resize", data, page);
        EventData d = EventData.of("resize", data);
        this.width = d.number("width", page.width().orElse(0));
        this.height = d.number("height", page.height().orElse(0));
    }

    /** The new width in logical pixels. */
    public double width() {
        return width;
    }

    /** The new height in logical pixels. */
    public double height() {
        return height;
    }
}
