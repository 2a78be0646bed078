package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Which Markdown syntax extensions are enabled: Flet's {@code MarkdownExtensionSet}. */
public enum MarkdownExtensionSet implements WireValue {
    NONE("none"),
    COMMON_MARK("commonMark"),
    GITHUB_WEB("gitHubWeb"),
    GITHUB_FLAVORED("gitHubFlavored");

    private final String value;

    MarkdownExtensionSet(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "none"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
