package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** The mouse pointer shown over a control: Flet's {@code MouseCursor}. */
public enum MouseCursor implements WireValue {
    ALIAS("alias"),
    ALL_SCROLL("allScroll"),
    BASIC("basic"),
    CELL("cell"),
    CLICK("click"),
    CONTEXT_MENU("contextMenu"),
    COPY("copy"),
    DISAPPEARING("disappearing"),
    FORBIDDEN("forbidden"),
    GRAB("grab"),
    GRABBING("grabbing"),
    HELP("help"),
    MOVE("move"),
    NO_DROP("noDrop"),
    NONE("none"),
    PRECISE("precise"),
    PROGRESS("progress"),
    RESIZE_COLUMN("resizeColumn"),
    RESIZE_DOWN("resizeDown"),
    RESIZE_DOWN_LEFT("resizeDownLeft"),
    RESIZE_DOWN_RIGHT("resizeDownRight"),
    RESIZE_LEFT("resizeLeft"),
    RESIZE_LEFT_RIGHT("resizeLeftRight"),
    RESIZE_RIGHT("resizeRight"),
    RESIZE_ROW("resizeRow"),
    RESIZE_UP("resizeUp"),
    RESIZE_UP_DOWN("resizeUpDown"),
    RESIZE_UP_LEFT("resizeUpLeft"),
    RESIZE_UP_LEFT_DOWN_RIGHT("resizeUpLeftDownRight"),
    RESIZE_UP_RIGHT("resizeUpRight"),
    RESIZE_UP_RIGHT_DOWN_LEFT("resizeUpRightDownLeft"),
    TEXT("text"),
    VERTICAL_TEXT("verticalText"),
    WAIT("wait"),
    ZOOM_IN("zoomIn"),
    ZOOM_OUT("zoomOut");

    private final String value;

    MouseCursor(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "click"}. */
    public String value() {
        return value;
    }

    @Override
    public Object toWire() {
        return value;
    }
}
