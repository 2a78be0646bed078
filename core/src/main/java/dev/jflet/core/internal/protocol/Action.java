package dev.jflet.core.internal.protocol;

/** Internal: Flet's message actions (flet-protocol.md §2.2). */
public final class Action {
    public static final int REGISTER_CLIENT = 1;
    public static final int PATCH_CONTROL = 2;
    public static final int CONTROL_EVENT = 3;
    public static final int UPDATE_CONTROL = 4;
    public static final int INVOKE_METHOD = 5;
    public static final int SESSION_CRASHED = 6;
    public static final int PYTHON_OUTPUT = 7;

    private Action() {
    }
}
