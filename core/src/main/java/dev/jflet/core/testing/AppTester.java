package dev.jflet.core.testing;

import dev.jflet.core.App;
import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.internal.loop.VirtualTimeLoop;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.Message;
import dev.jflet.core.internal.session.Log;
import dev.jflet.core.internal.session.Session;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs an app headless on the JVM, on virtual time, through the real protocol: every interaction is
 * encoded as the frames a Flet client sends, and every frame the app sends is decoded and applied to a
 * {@link ClientModel}.
 *
 * <pre>{@code
 * AppTester t = AppTester.start(Counter::app);
 * t.click(t.find(IconButton.class, b -> b.icon().getAsInt() == Icons.ADD));
 * assertEquals("1", t.byKey("counter", Text.class).value());
 * }</pre>
 */
public final class AppTester {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<SentFrame> frames = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final ClientModel client = new ClientModel();
    private final List<Object> answered = new ArrayList<>();
    private final Session session;

    private AppTester(App app) {
        this.session = new Session(app, loop, this::received, new Log() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void warn(String message) {
                problems.add(message);
            }

            @Override
            public void error(String message, Throwable error) {
                problems.add(message + (error == null ? "" : ": " + error));
            }
        });
    }

    /** Starts {@code app} with a 1280×720 Linux browser in light mode at route {@code /}, and runs its main. */
    public static AppTester start(App app) {
        return start(app, ClientSnapshot.browser());
    }

    /** Starts {@code app} with the given client snapshot, and runs its main. */
    public static AppTester start(App app, ClientSnapshot snapshot) {
        AppTester t = new AppTester(app);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", null);
        body.put("page_name", "");
        body.put("page", snapshot.toWire());
        t.send(Action.REGISTER_CLIENT, body);
        return t;
    }

    private void received(byte[] packet) {
        Message m = Frames.decode(packet);
        frames.add(new SentFrame(m.action(), m.body()));
        if (m.action() == Action.REGISTER_CLIENT) {
            client.applyPagePatch((Map<?, ?>) m.get("page_patch"));
        } else if (m.action() == Action.PATCH_CONTROL) {
            client.applyPatch((Integer) m.get("id"), (List<?>) m.get("patch"));
        }
    }

    private void send(int action, Map<String, Object> body) {
        session.receive(Frames.encode(action, body));
        loop.runUntilIdle();
    }

    // ---- finding controls ----

    public Page page() {
        return session.page();
    }

    /** Every control on the page, depth first. */
    public List<Control> all() {
        List<Control> out = new ArrayList<>();
        collect(page(), out);
        return out;
    }

    private static void collect(ControlNode n, List<Control> out) {
        out.add(Nodes.control(n));
        for (ControlNode c : Nodes.children(n)) {
            collect(c, out);
        }
    }

    /** The first control of this type that matches. */
    public <C extends Control> C find(Class<C> type, Predicate<? super C> match) {
        for (Control c : all()) {
            if (type.isInstance(c) && match.test(type.cast(c))) {
                return type.cast(c);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " on the page matches");
    }

    /** The first control of this type. */
    public <C extends Control> C find(Class<C> type) {
        return find(type, c -> true);
    }

    /** The control with this key. */
    public <C extends Control> C byKey(String key, Class<C> type) {
        return find(type, c -> c.key().equals(Optional.of(key)));
    }

    // ---- interacting ----

    /** Clicks a control: a {@code click} event, as the client sends it. */
    public AppTester click(Control c) {
        return fire(c, "click", null);
    }

    /** Types {@code text} into a text field: UpdateControl of the value, then {@code change}. */
    public AppTester type(TextField field, String text) {
        return change(field, "value", text);
    }

    /** Sets a property as the client does (UpdateControl), then fires {@code change} with the value. */
    public AppTester change(Control c, String property, Object value) {
        updateControl(c, Collections.singletonMap(property, value));
        return fire(c, "change", value);
    }

    /** Sends UpdateControl for a control; like a real client, the client model keeps the values too. */
    public AppTester updateControl(Control c, Map<String, Object> props) {
        Map<String, Object> local = client.control(c);
        if (local != null) {
            local.putAll(props);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Nodes.id(c));
        body.put("props", new LinkedHashMap<>(props));
        send(Action.UPDATE_CONTROL, body);
        return this;
    }

    /** Sends a ControlEvent; {@code data} may be null, a primitive, a list or a map. */
    public AppTester fire(Control c, String event, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", Nodes.id(c));
        body.put("name", event);
        body.put("data", data);
        send(Action.CONTROL_EVENT, body);
        return this;
    }

    /**
     * Answers a method call the app made (an {@code InvokeControlMethod} frame from {@link #frames(int)}) as the
     * client does: with {@code result}, or with {@code error} when it is not null.
     */
    public AppTester answer(SentFrame call, Object result, String error) {
        if (call.action() != Action.INVOKE_METHOD) {
            throw new IllegalArgumentException("not a method call: " + call);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("control_id", call.get("control_id"));
        body.put("call_id", call.get("call_id"));
        body.put("result", result);
        body.put("error", error);
        answered.add(call.get("call_id"));
        send(Action.INVOKE_METHOD, body);
        return this;
    }

    /** The method calls the app made and the client has not answered yet, oldest first. */
    public List<SentFrame> pendingCalls() {
        List<SentFrame> out = new ArrayList<>();
        for (SentFrame f : frames(Action.INVOKE_METHOD)) {
            if (!answered.contains(f.get("call_id"))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Sends a raw packet, as a misbehaving client might. */
    public AppTester sendRaw(byte[] packet) {
        session.receive(packet);
        loop.runUntilIdle();
        return this;
    }

    /** Moves virtual time forward, running timers and tasks as they come due. */
    public AppTester advance(Duration d) {
        loop.advance(d.toMillis());
        return this;
    }

    // ---- observing ----

    /** Frames the app sent, oldest first. */
    public List<SentFrame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** Frames of one action. */
    public List<SentFrame> frames(int action) {
        List<SentFrame> out = new ArrayList<>();
        for (SentFrame f : frames) {
            if (f.action() == action) {
                out.add(f);
            }
        }
        return out;
    }

    /** Forgets the frames received so far. */
    public AppTester clearFrames() {
        frames.clear();
        return this;
    }

    /** The page as the client holds it. */
    public ClientModel client() {
        return client;
    }

    /** Warnings and errors the runtime logged (dropped frames, failed handlers, …). */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Checks that the client model equals the app's control tree sent in full now, i.e. that every
     * patch so far brought the client exactly to the app's state.
     *
     * @throws AssertionError naming the first difference
     */
    public void assertClientInSync() {
        Object server = dev.jflet.core.internal.protocol.MsgPackReader.decode(
                new dev.jflet.core.internal.protocol.MsgPackWriter().write(
                        new dev.jflet.core.internal.patch.ControlSerializer(n -> {
                        }).serialize(page())).toByteArray(), 0);
        String diff = new TreeComparison(this::isDefault).firstDifference(server, client.page(), "page");
        if (diff != null) {
            throw new AssertionError("The client's page differs from the app's: " + diff);
        }
    }

    private boolean isDefault(Map<?, ?> control, Object key, Object value) {
        Object id = control.get("_i");
        ControlNode n = id instanceof Integer ? session.find((Integer) id) : null;
        dev.jflet.core.internal.props.Prop<?> prop = n == null ? null : Nodes.props(n).get(String.valueOf(key));
        if (prop == null) {
            return false;
        }
        if (prop.kind() == dev.jflet.core.internal.props.Prop.Kind.EVENT) {
            return Boolean.FALSE.equals(value);
        }
        Object d = prop.defaultValue();
        if (d instanceof Number && value instanceof Number) {
            return ((Number) d).doubleValue() == ((Number) value).doubleValue();
        }
        return java.util.Objects.equals(d, value);
    }

    /** Whether the session is still running (only a failing main ends it). */
    public boolean running() {
        return !session.closed();
    }

    /** Virtual milliseconds since start. */
    public long now() {
        return loop.now();
    }
}
