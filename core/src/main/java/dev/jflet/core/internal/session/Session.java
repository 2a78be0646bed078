package dev.jflet.core.internal.session;

import dev.jflet.core.App;
import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.EventHandler;
import dev.jflet.core.Page;
import dev.jflet.core.internal.loop.EventLoop;
import dev.jflet.core.internal.patch.ControlSerializer;
import dev.jflet.core.internal.patch.MountTracker;
import dev.jflet.core.internal.patch.TreeDiff;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.MalformedFrameException;
import dev.jflet.core.internal.protocol.Message;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.internal.tree.TreeSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Internal: one client session: the page, the index of mounted controls, the frames in and out, and
 * the tasks that run {@code main} and event handlers (flet-protocol.md §1.8, §3.7–3.10, §4.4).
 *
 * <p>{@link #receive(byte[])} never throws and never blocks: a bad frame is logged and dropped, and
 * the session keeps going.
 */
public final class Session implements TreeSession, PageHost, MountTracker {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final App app;
    private final EventLoop loop;
    private final Consumer<byte[]> out;
    private final Log log;
    private final Random random = new Random();
    private final NodeIndex index = new NodeIndex();
    private final Set<ControlNode> dirty = new LinkedHashSet<>();
    /**
     * Mounted by the last patch, in mount order; a set, as replacing a long list unmounts thousands of nodes. It is
     * replaced, not cleared, after use: a cleared set keeps the table it grew to for 50,000 new controls.
     */
    private Set<ControlNode> freshlyMounted = new LinkedHashSet<>();
    private final Invocations invocations;
    private final Page page;
    private final ErrorReporter errors;
    private boolean autoUpdateDefault = true;
    private String sessionId = "";
    private boolean registered;
    private boolean closed;

    public Session(App app, EventLoop loop, Consumer<byte[]> out, Log log) {
        this.app = app;
        this.loop = loop;
        this.out = out;
        this.log = log;
        this.invocations = new Invocations(loop, log, () -> randomString(10));
        this.page = new Page(this, randomString(10));
        this.errors = new ErrorReporter(page, log);
    }

    public Page page() {
        return page;
    }

    /** Turns auto-update on or off for every task of this session started from now on. */
    @Override
    public void defaultAutoUpdate(boolean on) {
        this.autoUpdateDefault = on;
    }

    /** The mounted control with this id, or null. */
    public ControlNode find(int id) {
        return index.get(id);
    }

    public boolean closed() {
        return closed;
    }

    /** Ends the session: later frames are ignored and waiting calls fail. */
    public void close() {
        closed = true;
        invocations.failAll("Session closed");
    }

    /** Handles one packet from the client. */
    public void receive(byte[] packet) {
        if (closed) {
            return;
        }
        Message m;
        try {
            m = Frames.decode(packet);
        } catch (MalformedFrameException e) {
            log.warn("Dropped a malformed frame: " + e.getMessage());
            return;
        }
        try {
            switch (m.action()) {
                case Action.REGISTER_CLIENT:
                    register(m);
                    break;
                case Action.CONTROL_EVENT:
                    event(m);
                    break;
                case Action.UPDATE_CONTROL:
                    updateFromClient(m);
                    break;
                case Action.INVOKE_METHOD:
                    invocations.complete(m);
                    break;
                default:
                    log.warn("Ignored a frame with action " + m.action() + ", which a client does not send");
            }
        } catch (MalformedFrameException e) {
            log.warn("Dropped a malformed frame: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Failed to handle frame " + m + ":\n" + Stacks.describe(e), null);
        }
    }

    private void register(Message m) {
        Map<Object, Object> snapshot = m.requireMap("page");
        ClientProps.apply(page, snapshot, log);
        if (!registered) {
            sessionId = randomString(16);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", sessionId);
        body.put("page_patch", new ControlSerializer(this).serialize(page));
        body.put("error", "");
        dirty.clear();
        send(Action.REGISTER_CLIENT, body);
        mountedHooks();
        if (!registered) {
            registered = true;
            loop.spawn(() -> runTask(page, ctx -> app.main(page), true, autoUpdateDefault));
        }
    }

    private void event(Message m) {
        int target = m.requireInt("target");
        String name = m.requireString("name");
        Object data = m.get("data");
        if (!registered) {
            log.warn("Ignored event '" + name + "' that arrived before RegisterClient");
            return;
        }
        ControlNode n = index.get(target);
        if (n == null) {
            log.debug("Ignored event '" + name + "' for unknown control " + target);
            return;
        }
        Prop<?> prop = Nodes.props(n).get("on_" + name);
        if (prop == null || prop.kind() != Prop.Kind.EVENT) {
            log.debug("Ignored event '" + name + "': " + n + " has no such event");
            return;
        }
        Event<?> event;
        try {
            event = createEvent(prop, Nodes.control(n), name, data);
        } catch (IllegalArgumentException e) {
            log.warn("Dropped event '" + name + "' for " + n + ": " + e.getMessage());
            return;
        }
        loop.spawn(() -> runTask(n, ctx -> {
            if (!Nodes.hooks().beforeEvent(Nodes.control(n), event)) {
                ctx.autoUpdate = false;
                return;
            }
            @SuppressWarnings("unchecked")
            EventHandler<Event<?>> handler = (EventHandler<Event<?>>) Nodes.get(n, prop);
            if (handler != null) {
                handler.handle(event);
            }
        }, false, autoUpdateDefault));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Event<?> createEvent(Prop<?> prop, Control control, String name, Object data) {
        Object factory = prop.eventFactory();
        if (factory == null) {
            return new Event<>(control, name, data, page);
        }
        return ((EventFactory) factory).create(control, name, data, page);
    }

    private void updateFromClient(Message m) {
        int id = m.requireInt("id");
        Map<Object, Object> props = m.requireMap("props");
        ControlNode n = index.get(id);
        if (n == null) {
            log.warn("Ignored UpdateControl for unknown control " + id);
            return;
        }
        ClientProps.apply(n, props, log);
    }

    /** A task body that gets its update context. */
    private interface ContextBody {
        void run(TaskContext ctx) throws Exception;
    }

    private void runTask(ControlNode origin, ContextBody body, boolean isMain, boolean autoUpdate) {
        runTask(origin, body, isMain, autoUpdate, isMain ? "main" : "a handler of " + origin);
    }

    private void runTask(ControlNode origin, ContextBody body, boolean isMain, boolean autoUpdate, String where) {
        TaskContext ctx = new TaskContext(this, origin, autoUpdate, isMain);
        TaskContext.enter(ctx);
        try {
            body.run(ctx);
            flush();
        } catch (Throwable e) {
            if (isMain) {
                crash(e);
            } else {
                reportError(where, e);
                sendAfterError(ctx);
            }
        } finally {
            if (!isMain) {
                releaseServices(ctx);
            }
            TaskContext.exit();
        }
    }

    /**
     * Sends what the error handler changed, and what the failed code changed before it threw, so the
     * client matches the app again. Skipped when the app turned auto-update off for its handlers.
     */
    private void sendAfterError(TaskContext ctx) {
        if (!autoUpdateDefault || !Nodes.mounted(page)) {
            return;
        }
        try {
            patch(page);
        } catch (RuntimeException e) {
            log.error("Could not send the changes made after an error:\n" + Stacks.describe(e), null);
        }
    }

    private void crash(Throwable e) {
        String message = Stacks.describe(e);
        log.error("The app's main failed; the session has ended:\n" + message, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        send(Action.SESSION_CRASHED, body);
        close();
    }

    // ---- PageHost ----

    @Override
    public void update(Control root) {
        TaskContext ctx = TaskContext.current();
        if (ctx != null) {
            ctx.markUpdateCalled();
        }
        patch(root);
    }

    private void patch(Control root) {
        if (!Nodes.mounted(root)) {
            throw new IllegalStateException(root + " must be added to the page before it is updated. "
                    + "Use page.add(control) first.");
        }
        Nodes.hooks().beforeUpdate(root);
        TreeDiff.Result result = TreeDiff.diff(root, new ArrayList<>(dirty), this);
        dirty.removeIf(n -> !Nodes.dirty(n));
        unmountRemoved(result);
        if (!result.patch.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", Nodes.id(root));
            body.put("patch", result.patch.toWire());
            send(Action.PATCH_CONTROL, body);
        }
        mountedHooks();
    }

    private void mountedHooks() {
        if (freshlyMounted.isEmpty()) {
            return;
        }
        Set<ControlNode> mounted = freshlyMounted;
        freshlyMounted = new LinkedHashSet<>();
        for (ControlNode n : mounted) {
            if (Nodes.mounted(n)) {
                Nodes.hooks().didMount(Nodes.control(n));
            }
        }
    }

    private void unmountRemoved(TreeDiff.Result result) {
        if (result.removed.isEmpty()) {
            return;
        }
        Set<ControlNode> sent = new HashSet<>(result.mounted);
        List<ControlNode> stack = new ArrayList<>();
        for (Control c : result.removed) {
            stack.add(c);
        }
        while (!stack.isEmpty()) {
            ControlNode n = stack.remove(stack.size() - 1);
            if (sent.contains(n) || !Nodes.mounted(n)) {
                continue;
            }
            Nodes.hooks().willUnmount(Nodes.control(n));
            index.remove(Nodes.id(n));
            dirty.remove(n);
            freshlyMounted.remove(n);
            Nodes.unmount(n);
            stack.addAll(Nodes.children(n));
        }
    }

    @Override
    public void flush() {
        TaskContext ctx = TaskContext.current();
        if (ctx == null) {
            throw new IllegalStateException("flush() can only be called inside main, an event handler or a task.");
        }
        if (ctx.autoUpdate && !ctx.updateCalled) {
            ControlNode n = index.get(Nodes.id(ctx.origin));
            while (n != null && !Nodes.isolated(n)) {
                n = Nodes.shownParent(n);
            }
            if (n != null && Nodes.mounted(n)) {
                patch(Nodes.control(n));
            }
        }
        ctx.updateCalled = false;
    }

    @Override
    public void sleep(long millis) {
        loop.sleep(millis);
    }

    @Override
    public void runTask(TaskBody body) {
        loop.spawn(() -> runTask(page, ctx -> body.run(), false, false, "a task started with page.runTask"));
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public TaskContext currentTask() {
        return TaskContext.current();
    }

    @Override
    public Object invoke(Control target, String method, Map<String, Object> args, long timeoutMillis) {
        if (TaskContext.current() == null) {
            throw new IllegalStateException("Calling " + method + " on " + target + " waits for the client; call it "
                    + "inside main, an event handler or page.runTask(...).");
        }
        if (!Nodes.mounted(target)) {
            throw new IllegalStateException(target + " must be added to the page before its methods are called.");
        }
        if (closed) {
            throw new dev.jflet.core.InvokeException("Session closed");
        }
        String callId = invocations.begin(method + "(" + (args == null ? "" : args) + ")");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("control_id", Nodes.id(target));
        body.put("call_id", callId);
        body.put("name", method);
        if (args != null && !args.isEmpty()) {
            body.put("args", args);
        }
        send(Action.INVOKE_METHOD, body);
        return invocations.await(callId, timeoutMillis);
    }

    @Override
    public void registerService(Control service) {
        TaskContext ctx = TaskContext.current();
        List<Control> services = page.services();
        if (!services.contains(service)) {
            services.add(service);
            patch(page.serviceRegistry());
        }
        if (ctx != null && !ctx.main) {
            ctx.services.add(service);
        }
    }

    @Override
    public void unregisterService(Control service) {
        if (page.services().remove(service) && Nodes.mounted(page.serviceRegistry())) {
            patch(page.serviceRegistry());
        }
    }

    private void releaseServices(TaskContext ctx) {
        if (ctx.services.isEmpty()) {
            return;
        }
        List<Control> services = page.services();
        boolean removed = false;
        for (Control s : ctx.services) {
            removed |= services.remove(s);
        }
        ctx.services.clear();
        if (removed) {
            patch(page.serviceRegistry());
        }
    }

    @Override
    public void reportError(String where, Throwable error) {
        errors.report(where, error);
    }

    // ---- tree callbacks ----

    @Override
    public void markDirty(ControlNode node) {
        dirty.add(node);
    }

    @Override
    public void mounted(ControlNode node) {
        if (!Nodes.mounted(node)) {
            freshlyMounted.add(node);
        }
        Nodes.mount(node);
        index.put(node);
    }

    private void send(int action, Map<String, Object> body) {
        byte[] packet = Frames.encode(action, body);
        try {
            out.accept(packet);
        } catch (RuntimeException e) {
            log.error("The client rejected a frame of action " + action, e);
        }
    }

    private String randomString(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }
}
