package dev.jflet.core.internal.session;

import dev.jflet.core.App;
import dev.jflet.core.Control;
import dev.jflet.core.Event;
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
 * the tasks that run {@code main} and event handlers (flet-protocol.md §1.8, §3.7–3.9, §4.4).
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
    private final Map<Integer, ControlNode> index = new HashMap<>();
    private final Set<ControlNode> dirty = new LinkedHashSet<>();
    private final Page page;
    private boolean autoUpdateDefault = true;
    private String sessionId = "";
    private boolean registered;
    private boolean closed;

    public Session(App app, EventLoop loop, Consumer<byte[]> out, Log log) {
        this.app = app;
        this.loop = loop;
        this.out = out;
        this.log = log;
        this.page = new Page(this, randomString(10));
    }

    public Page page() {
        return page;
    }

    /** Turns auto-update on or off for every task of this session. */
    public void autoUpdateDefault(boolean on) {
        this.autoUpdateDefault = on;
    }

    /** The mounted control with this id, or null. */
    public ControlNode find(int id) {
        return index.get(id);
    }

    public boolean closed() {
        return closed;
    }

    /** Ends the session: later frames are ignored. */
    public void close() {
        closed = true;
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
                    log.warn("Dropped a method result for an unknown call: " + m.get("call_id"));
                    break;
                default:
                    log.warn("Ignored a frame with action " + m.action() + ", which a client does not send");
            }
        } catch (MalformedFrameException e) {
            log.warn("Dropped a malformed frame: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Failed to handle frame " + m, e);
        }
    }

    private void register(Message m) {
        Map<Object, Object> snapshot = m.requireMap("page");
        applyClientProps(page.node(), snapshot);
        if (!registered) {
            sessionId = randomString(16);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", sessionId);
        body.put("page_patch", new ControlSerializer(this).serialize(page.node()));
        body.put("error", "");
        dirty.clear();
        send(Action.REGISTER_CLIENT, body);
        if (!registered) {
            registered = true;
            loop.spawn(() -> runTask(page.node(), () -> app.main(page), true, autoUpdateDefault));
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
        Prop<?> prop = n.props().get("on_" + name);
        if (prop == null || prop.kind() != Prop.Kind.EVENT) {
            log.debug("Ignored event '" + name + "': " + n + " has no such event");
            return;
        }
        loop.spawn(() -> runTask(n, () -> {
            @SuppressWarnings("unchecked")
            EventHandler<Event<Control>> handler = (EventHandler<Event<Control>>) n.get(prop);
            if (handler != null) {
                handler.handle(new Event<>(n.control(), name, data, page));
            }
        }, false, autoUpdateDefault));
    }

    private void updateFromClient(Message m) {
        int id = m.requireInt("id");
        Map<Object, Object> props = m.requireMap("props");
        ControlNode n = index.get(id);
        if (n == null) {
            log.warn("Ignored UpdateControl for unknown control " + id);
            return;
        }
        applyClientProps(n, props);
    }

    @SuppressWarnings("unchecked")
    private void applyClientProps(ControlNode n, Map<Object, Object> props) {
        for (Map.Entry<Object, Object> e : props.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                log.warn("Ignored non-string property key " + e.getKey() + " for " + n);
                continue;
            }
            String key = (String) e.getKey();
            Prop<Object> prop = (Prop<Object>) n.props().get(key);
            if (prop == null) {
                log.debug("Ignored unknown property '" + key + "' for " + n);
                continue;
            }
            Object current = n.get(prop);
            if (current instanceof Control && e.getValue() instanceof Map) {
                applyClientProps(((Control) current).node(), (Map<Object, Object>) e.getValue());
                continue;
            }
            try {
                n.setFromClient(prop, prop.decode(e.getValue()));
            } catch (IllegalArgumentException ex) {
                log.warn("Ignored value for " + n + "." + key + ": " + ex.getMessage());
            }
        }
    }

    private void runTask(ControlNode origin, TaskBody body, boolean isMain, boolean autoUpdate) {
        TaskContext ctx = new TaskContext(autoUpdate);
        TaskContext.enter(ctx);
        try {
            body.run();
            if (ctx.autoUpdate && !ctx.updateCalled) {
                autoUpdate(origin);
            }
            ctx.updateCalled = false;
        } catch (Throwable e) {
            if (isMain) {
                crash(e);
            } else {
                log.error("Exception in a handler of " + origin + ":\n" + Stacks.describe(e), null);
            }
        } finally {
            TaskContext.exit();
        }
    }

    private void autoUpdate(ControlNode origin) {
        ControlNode n = index.get(origin.id());
        while (n != null && !n.isolated()) {
            n = n.parent();
        }
        if (n != null && n.mounted()) {
            update(n.control());
        }
    }

    private void crash(Throwable e) {
        String message = Stacks.describe(e);
        log.error("The app's main failed; the session has ended:\n" + message, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        send(Action.SESSION_CRASHED, body);
        closed = true;
    }

    // ---- PageHost ----

    @Override
    public void update(Control root) {
        TaskContext ctx = TaskContext.current();
        if (ctx != null) {
            ctx.markUpdateCalled();
        }
        ControlNode r = root.node();
        if (!r.mounted()) {
            throw new IllegalStateException(root + " must be added to the page before it is updated. "
                    + "Use page.add(control) first.");
        }
        TreeDiff.Result result = TreeDiff.diff(r, new ArrayList<>(dirty), this);
        dirty.removeIf(n -> !n.dirty());
        unmountRemoved(result);
        if (!result.patch.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", r.id());
            body.put("patch", result.patch.toWire());
            send(Action.PATCH_CONTROL, body);
        }
    }

    private void unmountRemoved(TreeDiff.Result result) {
        if (result.removed.isEmpty()) {
            return;
        }
        Set<ControlNode> sent = new HashSet<>(result.mounted);
        List<ControlNode> stack = new ArrayList<>();
        for (Control c : result.removed) {
            stack.add(c.node());
        }
        while (!stack.isEmpty()) {
            ControlNode n = stack.remove(stack.size() - 1);
            if (sent.contains(n) || !n.mounted()) {
                continue;
            }
            index.remove(n.id());
            dirty.remove(n);
            n.unmount();
            stack.addAll(n.children());
        }
    }

    @Override
    public void sleep(long millis) {
        loop.sleep(millis);
    }

    @Override
    public void runTask(TaskBody body) {
        loop.spawn(() -> runTask(page.node(), body, false, false));
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public TaskContext currentTask() {
        return TaskContext.current();
    }

    // ---- tree callbacks ----

    @Override
    public void markDirty(ControlNode node) {
        dirty.add(node);
    }

    @Override
    public void mounted(ControlNode node) {
        node.mount(this);
        index.put(node.id(), node);
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
