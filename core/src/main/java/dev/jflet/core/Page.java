package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.internal.session.PageHost;
import dev.jflet.core.internal.session.TaskContext;
import dev.jflet.core.internal.tree.TreeSession;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.NavigationBar;
import dev.jflet.core.services.UrlLauncher;
import dev.jflet.core.types.FloatingActionButtonLocation;
import dev.jflet.core.types.PageMediaData;
import dev.jflet.core.types.ScrollMode;
import dev.jflet.core.types.Theme;
import dev.jflet.core.types.ThemeMode;
import dev.jflet.core.types.WebDeviceInfo;

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
    static final Prop<ThemeMode> THEME_MODE = Prop.outbound("theme_mode", ThemeMode.SYSTEM);
    static final Prop<Theme> THEME = Prop.outbound("theme", null);
    static final Prop<Theme> DARK_THEME = Prop.outbound("dark_theme", null);

    static final Prop<EventHandler<PageResizeEvent>> ON_RESIZE = Prop.event("resize",
            (EventFactory<Page, PageResizeEvent>) (c, n, d, p) -> new PageResizeEvent(p, d));
    static final Prop<EventHandler<RouteChangeEvent>> ON_ROUTE_CHANGE = Prop.event("route_change",
            (EventFactory<Page, RouteChangeEvent>) (c, n, d, p) -> new RouteChangeEvent(p, d));
    static final Prop<EventHandler<ViewPopEvent>> ON_VIEW_POP = Prop.event("view_pop",
            (EventFactory<Page, ViewPopEvent>) (c, n, d, p) -> new ViewPopEvent(p, d));
    static final Prop<EventHandler<AppLifecycleStateChangeEvent>> ON_APP_LIFECYCLE_STATE_CHANGE = Prop.event(
            "app_lifecycle_state_change",
            (EventFactory<Page, AppLifecycleStateChangeEvent>) (c, n, d, p) -> new AppLifecycleStateChangeEvent(p, d));
    static final Prop<EventHandler<KeyboardEvent>> ON_KEYBOARD_EVENT = Prop.event("keyboard_event",
            (EventFactory<Page, KeyboardEvent>) (c, n, d, p) -> new KeyboardEvent(p, d));
    static final Prop<EventHandler<PlatformBrightnessChangeEvent>> ON_PLATFORM_BRIGHTNESS_CHANGE = Prop.event(
            "platform_brightness_change", (EventFactory<Page, PlatformBrightnessChangeEvent>) (c, n, d, p) ->
                    new PlatformBrightnessChangeEvent(p, d));
    static final Prop<EventHandler<MediaChangeEvent>> ON_MEDIA_CHANGE = Prop.event("media_change",
            (EventFactory<Page, MediaChangeEvent>) (c, n, d, p) -> new MediaChangeEvent(p, d));
    static final Prop<EventHandler<LocaleChangeEvent>> ON_LOCALE_CHANGE = Prop.event("locale_change",
            (EventFactory<Page, LocaleChangeEvent>) (c, n, d, p) -> new LocaleChangeEvent(p, d));
    static final Prop<EventHandler<ErrorEvent>> ON_ERROR = Prop.event("error",
            (EventFactory<Page, ErrorEvent>) (c, n, d, p) -> new ErrorEvent(p, String.valueOf(d), null));

    static final PropSet PAGE_PROPS = PropSet.of(Control.PROPS, VIEWS, WINDOW, OVERLAY, DIALOGS, SERVICES, MEDIA,
            ROUTE, WEB, PWA, DEBUG, WASM, TEST, MULTI_VIEW, PYODIDE, PLATFORM_BRIGHTNESS, WIDTH, HEIGHT, PLATFORM,
            TITLE, THEME_MODE, THEME, DARK_THEME, ON_RESIZE, ON_ROUTE_CHANGE, ON_VIEW_POP,
            ON_APP_LIFECYCLE_STATE_CHANGE, ON_KEYBOARD_EVENT, ON_PLATFORM_BRIGHTNESS_CHANGE, ON_MEDIA_CHANGE,
            ON_LOCALE_CHANGE, ON_ERROR);

    private final PageHost host;
    private String lastRoute;
    private EventHandler<ViewsPopUntilEvent> viewsPopUntilHandler;
    private String lifecycleState = "resume";

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

    /**
     * Sends the changes made so far, as the automatic update at the end of the handler would: Flet's
     * {@code yield} in a generator handler. The automatic update at the end still runs.
     */
    public void flush() {
        host.flush();
    }

    /**
     * Navigates to {@code route}: the client updates the address bar and history, then reports a
     * route change. Waits for the client, so call it from a handler or a task.
     */
    public void pushRoute(String route) {
        pushRoute(route, java.util.Collections.emptyMap());
    }

    /** Navigates to {@code route} with query parameters, e.g. {@code pushRoute("/store", Map.of("id", "3"))}. */
    public void pushRoute(String route, java.util.Map<String, String> query) {
        if (route == null || route.isEmpty()) {
            throw new IllegalArgumentException("route must not be empty");
        }
        StringBuilder full = new StringBuilder(route);
        char sep = route.indexOf('?') >= 0 ? '&' : '?';
        for (java.util.Map.Entry<String, String> q : new java.util.TreeMap<>(query).entrySet()) {
            full.append(sep).append(urlEncode(q.getKey())).append('=').append(urlEncode(q.getValue()));
            sep = '&';
        }
        host.invoke(this, "push_route", java.util.Map.of("route", full.toString()), 0);
    }

    /**
     * Pops views until the first view with {@code route} is on top, navigates to that route, calls the
     * {@link #onViewsPopUntil} handler with {@code result}, and sends the change: Flet's
     * {@code page.pop_views_until(route, result)}. The removed views get no {@code view_pop}. Waits for the client,
     * so call it from a handler or a task.
     *
     * @throws IllegalArgumentException if no view has that route
     */
    public void popViewsUntil(String route, Object result) {
        List<View> views = views();
        int target = -1;
        for (int i = 0; i < views.size() && target < 0; i++) {
            if (views.get(i).route() != null && views.get(i).route().equals(route)) {
                target = i;
            }
        }
        if (target < 0) {
            throw new IllegalArgumentException("No view found with route '" + route + "'. The stack holds "
                    + viewRoutes() + "; pop to one of those routes.");
        }
        View view = views.get(target);
        views.subList(target + 1, views.size()).clear();
        pushRoute(route);
        EventHandler<ViewsPopUntilEvent> handler = viewsPopUntilHandler;
        if (handler != null) {
            try {
                handler.handle(new ViewsPopUntilEvent(this, route, result, view));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("The views_pop_until handler failed: " + e.getMessage(), e);
            }
        }
        update();
    }

    /** Pops views until the first view with {@code route} is on top, with no result. */
    public void popViewsUntil(String route) {
        popViewsUntil(route, null);
    }

    private List<String> viewRoutes() {
        List<String> routes = new java.util.ArrayList<>();
        for (View v : views()) {
            routes.add(v.route());
        }
        return routes;
    }

    private static String urlEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : dev.jflet.core.internal.protocol.Utf8.encode(s)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** Stops the automatic update after the running handler (or {@code main}) finishes. */
    public void disableAutoUpdate() {
        autoUpdate(false);
    }

    /** Turns the automatic update after the running handler back on. */
    public void enableAutoUpdate() {
        autoUpdate(true);
    }

    /**
     * Turns the automatic update on or off for every handler and task that starts from now on: Flet's
     * {@code ft.context.disable_auto_update()} at module level. {@link #disableAutoUpdate()} affects only
     * the running handler.
     */
    public void defaultAutoUpdate(boolean on) {
        host.defaultAutoUpdate(on);
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

    /** Sets whether the app is light, dark or follows the browser ({@link ThemeMode#SYSTEM}, the default). */
    public Page themeMode(ThemeMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("theme mode must not be null; use ThemeMode.SYSTEM");
        }
        set(THEME_MODE, mode);
        return this;
    }

    /** Sets the theme mode by its wire name: {@code system}, {@code light} or {@code dark}. */
    public Page themeMode(String mode) {
        return themeMode(ThemeMode.of(mode));
    }

    /** The theme mode; {@link ThemeMode#SYSTEM} unless set. */
    public ThemeMode themeMode() {
        return get(THEME_MODE);
    }

    /** Sets the app's theme: Flet's {@code page.theme}; also used in dark mode when no dark theme is set. */
    public Page theme(Theme theme) {
        set(THEME, requireTheme(theme, "theme"));
        return this;
    }

    /** The app's theme, if one is set. */
    public Optional<Theme> theme() {
        return Optional.ofNullable(get(THEME));
    }

    /** Sets the theme used in dark mode: Flet's {@code page.dark_theme}. */
    public Page darkTheme(Theme theme) {
        set(DARK_THEME, requireTheme(theme, "dark_theme"));
        return this;
    }

    /** The dark mode theme, if one is set. */
    public Optional<Theme> darkTheme() {
        return Optional.ofNullable(get(DARK_THEME));
    }

    private static Theme requireTheme(Theme theme, String prop) {
        if (theme == null) {
            throw new IllegalArgumentException("page." + prop + " must not be null; use new Theme() for Flet's defaults");
        }
        return theme;
    }

    /** The current route, including its query string, e.g. {@code /store?id=3}. */
    public String route() {
        return get(ROUTE);
    }

    /** The current route's path and query parameters: Flet's {@code page.query}, e.g. {@code query().get("id")}. */
    public QueryString query() {
        return QueryString.parse(route());
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

    /** The last app lifecycle state the client reported ({@code resume} until one arrives). */
    public String appLifecycleState() {
        return lifecycleState;
    }

    /** Whether the app is visible: its lifecycle state is not {@code hide} or {@code pause}. */
    public boolean appVisible() {
        return !"hide".equals(lifecycleState) && !"pause".equals(lifecycleState);
    }

    /** Sets whether and how the first view scrolls: Flet's {@code page.scroll}, a property of {@code views[0]}. */
    public Page scroll(ScrollMode mode) {
        views().get(0).scroll(mode);
        return this;
    }

    /** Shows a navigation bar at the bottom of the first view: Flet's {@code page.navigation_bar}. */
    public Page navigationBar(NavigationBar bar) {
        views().get(0).navigationBar(bar);
        return this;
    }

    /** The first view's navigation bar, if one is set. */
    public Optional<NavigationBar> navigationBar() {
        return views().get(0).navigationBar();
    }

    /** Shows a floating action button on the first view: Flet's {@code page.floating_action_button}. */
    public Page floatingActionButton(FloatingActionButton button) {
        views().get(0).floatingActionButton(button);
        return this;
    }

    /** The first view's floating action button, if one is set. */
    public Optional<FloatingActionButton> floatingActionButton() {
        return views().get(0).floatingActionButton();
    }

    /** Sets where the first view's floating action button sits: Flet's {@code page.floating_action_button_location}. */
    public Page floatingActionButtonLocation(FloatingActionButtonLocation location) {
        views().get(0).floatingActionButtonLocation(location);
        return this;
    }

    // ---- dialogs ----

    /**
     * Opens a dialog, banner, snack bar or bottom sheet on top of the page.
     *
     * @throws IllegalStateException if the dialog is already open
     */
    public void showDialog(DialogControl<?> dialog) {
        List<Control> dialogs = dialogs();
        if (dialogs.contains(dialog)) {
            throw new IllegalStateException(dialog + " is already open. Close it with page.popDialog() first.");
        }
        dialog.open(true);
        dialog.shown(e -> {
            dialogs.remove(dialog);
            get(DIALOGS).update();
        });
        dialogs.add(dialog);
        get(DIALOGS).update();
    }

    /** Closes the most recently opened dialog that is still open, and returns it. */
    public Optional<DialogControl<?>> popDialog() {
        List<Control> dialogs = dialogs();
        for (int i = dialogs.size() - 1; i >= 0; i--) {
            DialogControl<?> d = (DialogControl<?>) dialogs.get(i);
            if (d.open()) {
                d.open(false);
                d.update();
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private List<Control> dialogs() {
        return ((Dialogs) get(DIALOGS)).controls();
    }

    // ---- overlay ----

    /**
     * The controls shown over every view, below dialogs: Flet's {@code page.overlay}. Children may set
     * {@code left}, {@code top}, {@code right} and {@code bottom} to sit at those distances from the viewport's
     * edges, as in a Stack over the page. Call {@code update()} after changing the list.
     */
    public List<Control> overlay() {
        return ((Overlay) get(OVERLAY)).controls();
    }

    // ---- services ----

    /**
     * Asks the browser about itself: Flet's {@code page.get_device_info()} on the web. Waits for the client, so call
     * it from {@code main}, a handler or a task.
     *
     * @throws InvokeException if the client cannot answer
     */
    public WebDeviceInfo getDeviceInfo() {
        return WebDeviceInfo.fromWire(host.invoke(this, "get_device_info", null, 0));
    }

    /**
     * Opens {@code url} in a new browser tab: Flet's {@code page.launch_url(url)}. Only http, https, mailto, tel
     * and sms URLs open; see {@link UrlLauncher}.
     */
    public void launchUrl(String url) {
        try (UrlLauncher launcher = new UrlLauncher()) {
            launcher.launchUrl(url);
        }
    }

    /** Internal: the registered services. */
    public List<Control> services() {
        return ((ServiceRegistry) get(SERVICES)).services();
    }

    /** The session the controls on this page tell of their changes. */
    TreeSession treeSession() {
        return host instanceof TreeSession ? (TreeSession) host : null;
    }

    /** Internal: the service registry control ({@code _services}). */
    public Control serviceRegistry() {
        return get(SERVICES);
    }

    // ---- events ----

    /** Sets the handler for viewport size changes. */
    public Page onResize(EventHandler<PageResizeEvent> handler) {
        set(ON_RESIZE, handler);
        return this;
    }

    /** Sets the handler for route changes (browser navigation, deep links, {@code pushRoute}). */
    public Page onRouteChange(EventHandler<RouteChangeEvent> handler) {
        set(ON_ROUTE_CHANGE, handler);
        return this;
    }

    /** Sets a handler without arguments for route changes. */
    public Page onRouteChange(EventCallback callback) {
        return onRouteChange(callback.<RouteChangeEvent>asHandler());
    }

    /** Sets the handler for requests to pop the top view. */
    public Page onViewPop(EventHandler<ViewPopEvent> handler) {
        set(ON_VIEW_POP, handler);
        return this;
    }

    /** Sets the handler that {@link #popViewsUntil} calls with its result once its view is on top. */
    public Page onViewsPopUntil(EventHandler<ViewsPopUntilEvent> handler) {
        viewsPopUntilHandler = handler;
        return this;
    }

    /** Sets the handler for app lifecycle changes (in the browser: visibility and focus). */
    public Page onAppLifecycleStateChange(EventHandler<AppLifecycleStateChangeEvent> handler) {
        set(ON_APP_LIFECYCLE_STATE_CHANGE, handler);
        return this;
    }

    /** Sets the handler for key presses; the client only reports keys while a handler is set. */
    public Page onKeyboardEvent(EventHandler<KeyboardEvent> handler) {
        set(ON_KEYBOARD_EVENT, handler);
        return this;
    }

    /**
     * Sets the handler for changes of the system's light or dark mode (in the browser: {@code prefers-color-scheme});
     * {@link PlatformBrightnessChangeEvent#brightness()} is {@code light} or {@code dark}.
     */
    public Page onPlatformBrightnessChange(EventHandler<PlatformBrightnessChangeEvent> handler) {
        set(ON_PLATFORM_BRIGHTNESS_CHANGE, handler);
        return this;
    }

    /** Sets the handler for changes of the screen's media (safe areas, pixel ratio, orientation). */
    public Page onMediaChange(EventHandler<MediaChangeEvent> handler) {
        set(ON_MEDIA_CHANGE, handler);
        return this;
    }

    /** Sets the handler for changes of the user's preferred locales (in the browser: {@code languagechange}). */
    public Page onLocaleChange(EventHandler<LocaleChangeEvent> handler) {
        set(ON_LOCALE_CHANGE, handler);
        return this;
    }

    /**
     * Sets the handler for errors: exceptions thrown by handlers and tasks, and errors the client reports.
     * Without one, the error is shown to the user in a dismissible banner.
     */
    public Page onError(EventHandler<ErrorEvent> handler) {
        set(ON_ERROR, handler);
        return this;
    }

    /** The error handler, if one is set. */
    public Optional<EventHandler<ErrorEvent>> errorHandler() {
        return Optional.ofNullable(get(ON_ERROR));
    }

    @Override
    protected boolean beforeEvent(Event<?> event) {
        if (event instanceof RouteChangeEvent) {
            String route = ((RouteChangeEvent) event).route();
            if (route.equals(lastRoute)) {
                return false;
            }
            lastRoute = route;
        } else if (event instanceof AppLifecycleStateChangeEvent) {
            lifecycleState = ((AppLifecycleStateChangeEvent) event).state();
        }
        return true;
    }
}
