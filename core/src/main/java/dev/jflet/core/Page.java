package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.internal.session.PageHost;
import dev.jflet.core.internal.session.TaskContext;
import dev.jflet.core.types.PageMediaData;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The page: the root of the control tree ({@code _i} 1), what the client reported about itself, and the
 * session's services: updates, tasks and sleeping.
 *
 * <p>{@link #controls()} and {@link #add(Control...)} work on the first view, as in Flet.
 */
public final class Page extends Control {
    static final Prop<List<View>> VIEWS = Prop.controls("views");
    static final Prop<Control> WINDOW = Prop.outbound("window", null);
    static final Prop<Control> OVERLAY = Prop.outbound("_overlay", null);
    static final Prop<Control> DIALOGS = Prop.outbound("_dialogs", null);
    static final Prop<Control> SERVICES = Prop.outbound("_services", null);
    static final Prop<PageMediaData> MEDIA = Prop.value("media", null, PageMediaData::fromWire);
    static final Prop<String> ROUTE = Prop.string("route", "/");
    static final Prop<Boolean> WEB = Prop.bool("web", false);
    static final Prop<Boolean> PWA = Prop.bool("pwa", false);
    static final Prop<Boolean> DEBUG = Prop.bool("debug", false);
    static final Prop<Boolean> WASM = Prop.bool("wasm", false);
    static final Prop<Boolean> TEST = Prop.bool("test", false);
    static final Prop<Boolean> MULTI_VIEW = Prop.bool("multi_view", false);
    static final Prop<Boolean> PYODIDE = Prop.bool("pyodide", false);
    static final Prop<String> PLATFORM_BRIGHTNESS = Prop.string("platform_brightness", null);
    static final Prop<Double> WIDTH = Prop.value("width", null, WireDecoder.NUMBER);
    static final Prop<Double> HEIGHT = Prop.value("height", null, WireDecoder.NUMBER);
    static final Prop<String> PLATFORM = Prop.string("platform", null);
    static final Prop<String> TITLE = Prop.outbound("title", null);
    static final Prop<String> THEME_MODE = Prop.outbound("theme_mode", "system");

    static final PropSet PAGE_PROPS = PropSet.of(Control.PROPS, VIEWS, WINDOW, OVERLAY, DIALOGS, SERVICES, MEDIA,
            ROUTE, WEB, PWA, DEBUG, WASM, TEST, MULTI_VIEW, PYODIDE, PLATFORM_BRIGHTNESS, WIDTH, HEIGHT, PLATFORM,
            TITLE, THEME_MODE);

    private final PageHost host;

    /** Internal: pages are created by the session when a client connects. */
    public Page(PageHost host, String servicesUid) {
        super("Page", PAGE_PROPS, 1);
        this.host = host;
        isolated(true);
        controls(VIEWS).add(new View());
        set(WINDOW, new Window());
        set(OVERLAY, new Overlay());
        set(DIALOGS, new Dialogs());
        set(SERVICES, new ServiceRegistry(servicesUid));
    }

    /** The navigation stack; the last view is on top. */
    public List<View> views() {
        return controls(VIEWS);
    }

    /** The controls of the first view. */
    public List<Control> controls() {
        return views().get(0).controls();
    }

    /** Adds controls to the first view and sends the change. */
    public Page add(Control... controls) {
        List<Control> list = controls();
        for (Control c : controls) {
            list.add(c);
        }
        update();
        return this;
    }

    /** Removes controls from the first view and sends the change. */
    public Page remove(Control... controls) {
        List<Control> list = controls();
        for (Control c : controls) {
            list.remove(c);
        }
        update();
        return this;
    }

    /** Sends every pending change on the page. */
    @Override
    public void update() {
        host.update(this);
    }

    /** Sends the pending changes of each given control, one patch per control. */
    public void update(Control... controls) {
        if (controls.length == 0) {
            update();
            return;
        }
        for (Control c : controls) {
            host.update(c);
        }
    }

    /**
     * Suspends the running task for {@code duration} without blocking the page: Flet's
     * {@code await asyncio.sleep(...)}. Call it from {@code main}, a handler or a task.
     */
    public void sleep(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration < 0: " + duration);
        }
        host.sleep(duration.toMillis());
    }

    /** Starts a task on the page's event loop. No auto-update follows it: call {@code update()} yourself. */
    public void runTask(Task task) {
        host.runTask(task::run);
    }

    /** Work that runs as a task; it may sleep and await results. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /** Stops the automatic update after the running handler (or {@code main}) finishes. */
    public void disableAutoUpdate() {
        autoUpdate(false);
    }

    /** Turns the automatic update after the running handler back on. */
    public void enableAutoUpdate() {
        autoUpdate(true);
    }

    private void autoUpdate(boolean on) {
        TaskContext ctx = host.currentTask();
        if (ctx == null) {
            throw new IllegalStateException("Auto-update can only be switched inside main or an event handler.");
        }
        ctx.autoUpdate(on);
    }

    /** The session id the client was given. */
    public String sessionId() {
        return host.sessionId();
    }

    /** Sets the window or browser tab title. */
    public Page title(String title) {
        set(TITLE, title);
        return this;
    }

    public Optional<String> title() {
        return Optional.ofNullable(get(TITLE));
    }

    /** The current route, including its query string, e.g. {@code /store?id=3}. */
    public String route() {
        return get(ROUTE);
    }

    /** The viewport width in logical pixels, once the client has reported it. */
    public OptionalDouble width() {
        Double w = get(WIDTH);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }

    /** The viewport height in logical pixels, once the client has reported it. */
    public OptionalDouble height() {
        Double h = get(HEIGHT);
        return h == null ? OptionalDouble.empty() : OptionalDouble.of(h);
    }

    /** The client's operating system: {@code linux}, {@code macos}, {@code windows}, {@code android}, {@code ios}. */
    public Optional<String> platform() {
        return Optional.ofNullable(get(PLATFORM));
    }

    /** {@code light} or {@code dark}, as the client reports it. */
    public Optional<String> platformBrightness() {
        return Optional.ofNullable(get(PLATFORM_BRIGHTNESS));
    }

    /** Screen details the client reported. */
    public Optional<PageMediaData> media() {
        return Optional.ofNullable(get(MEDIA));
    }

    /** Whether the client is a web browser. */
    public boolean web() {
        return get(WEB);
    }

    /** Whether the app runs the WebAssembly build. */
    public boolean wasm() {
        return get(WASM);
    }

    /** Whether the app was launched as an installed app. */
    public boolean pwa() {
        return get(PWA);
    }
}
