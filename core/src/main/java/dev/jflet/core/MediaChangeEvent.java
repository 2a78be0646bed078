package dev.jflet.core;

import dev.jflet.core.types.PageMediaData;

/**
 * The page's media data changed (safe-area paddings, insets, pixel ratio, orientation): Flet's
 * {@code on_media_change}, whose event is the new {@code PageMediaData}. {@link Page#media()} already holds it.
 */
public final class MediaChangeEvent extends Event<Page> {
    private final PageMediaData media;

    MediaChangeEvent(Page page, Object data) {
        super(page, "media_change", data, page);
        this.media = PageMediaData.fromWire(data);
    }

    /** The new media data. */
    public PageMediaData media() {
        return media;
    }
}
