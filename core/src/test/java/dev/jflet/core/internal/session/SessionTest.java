package dev.jflet.core.internal.session;

import dev.jflet.core.App;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.internal.loop.VirtualTimeLoop;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.Message;
import dev.jflet.core.internal.protocol.MsgPackWriter;
import dev.jflet.core.internal.tree.Nodes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<Message> sent = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Log log = new Log() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void error(String message, Throwable error) {
            warnings.add("ERROR " + message);
        }
    };

    private Session start(App app) {
        Session s = new Session(app, loop, b -> sent.add(Frames.decode(b)), log);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("route", "/");
        page.put("web", true);
        page.put("width", 800.0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", null);
        body.put("page_name", "");
        body.put("page", page);
        s.receive(Frames.encode(Action.REGISTER_CLIENT, body));
        loop.runUntilIdle();
        return s;
    }

    private static byte[] event(int target, String name, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", target);
        body.put("name", name);
        body.put("data", data);
        return Frames.encode(Action.CONTROL_EVENT, body);
    }

    private static byte[] updateControl(int id, String key, Object value) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(key, value);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("props", props);
        return Frames.encode(Action.UPDATE_CONTROL, body);
    }

    private static int id(dev.jflet.core.Control c) {
        return Nodes.id(c);
    }

    @Test
    void invoke_clientAnswersInsideTheSend_resumesTheHandlerWithTheResult() {
        List<String> done = new ArrayList<>();
        Button go = new Button("go");
        Session[] session = new Session[1];
        session[0] = new Session(page -> page.add(go.onClick(e -> {
            page.pushRoute("/store");
            done.add("pushed");
        })), loop, bytes -> {
            Message m = Frames.decode(bytes);
            sent.add(m);
            if (m.action() == Action.INVOKE_METHOD) {
                // The browser renderer answers push_route before the send returns.
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("control_id", m.get("control_id"));
                answer.put("call_id", m.get("call_id"));
                answer.put("result", null);
                answer.put("error", null);
                session[0].receive(Frames.encode(Action.INVOKE_METHOD, answer));
            }
        }, log);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", null);
        body.put("page_name", "");
        body.put("page", Map.of("route", "/"));
        session[0].receive(Frames.encode(Action.REGISTER_CLIENT, body));
        loop.runUntilIdle();

        session[0].receive(event(id(go), "click", null));
        loop.runUntilIdle();

        assertEquals(List.of("pushed"), done);
        assertEquals(List.of(), warnings);
    }

    @Test
    void register_repliesWithFullPageThenMainPatch() {
        start(page -> page.add(new Text("hi")));
        assertEquals(2, sent.size());
        assertEquals(Action.REGISTER_CLIENT, sent.get(0).action());
        @SuppressWarnings("unchecked")
        Map<Object, Object> page = (Map<Object, Object>) sent.get(0).get("page_patch");
        assertEquals(1, page.get("_i"));
        assertEquals(800, page.get("width"));
        assertEquals(16, ((String) sent.get(0).get("session_id")).length());
        assertEquals(Action.PATCH_CONTROL, sent.get(1).action());
    }

    @Test
    void malformedFrames_areDroppedAndTheSessionKeepsWorking() {
        Text t = new Text("0");
        Button b = new Button("inc", e -> t.value("1"));
        Session s = start(page -> page.add(t, b));
        sent.clear();
        s.receive(new byte[0]);
        s.receive(new byte[] {0, (byte) 0xc1});
        s.receive(new MsgPackWriter().writeRawByte(0).write(List.of(3, "not a map")).toByteArray());
        Map<String, Object> badTarget = new LinkedHashMap<>();
        badTarget.put("target", "seven");
        badTarget.put("name", "click");
        s.receive(Frames.encode(Action.CONTROL_EVENT, badTarget));
        s.receive(Frames.encode(99, new LinkedHashMap<>()));
        assertEquals(5, warnings.size(), warnings.toString());
        assertEquals("Dropped a malformed frame: action 3: 'target' must be an integer, got string \"seven\"",
                warnings.get(3));
        s.receive(event(id(b), "click", null));
        loop.runUntilIdle();
        assertEquals(1, sent.size());
        assertEquals("1", t.value());
    }

    @Test
    void unknownTarget_isIgnoredWithoutPatch() {
        Session s = start(page -> page.add(new Text("x")));
        sent.clear();
        s.receive(event(9999, "click", null));
        loop.runUntilIdle();
        assertTrue(sent.isEmpty());
    }

    @Test
    void updateControl_valueFromClient_isNotEchoedButLaterChangesAre() {
        TextField tf = new TextField("Name");
        Button clear = new Button("Clear", e -> tf.value(""));
        Session s = start(page -> page.add(tf, clear));
        sent.clear();
        s.receive(updateControl(id(tf), "value", "abc"));
        s.receive(event(id(tf), "change", "abc"));
        loop.runUntilIdle();
        assertEquals("abc", tf.value());
        assertTrue(sent.isEmpty(), "value from the client must not be echoed: " + sent);
        s.receive(event(id(clear), "click", null));
        loop.runUntilIdle();
        assertEquals(1, sent.size());
        List<?> patch = (List<?>) sent.get(0).get("patch");
        assertEquals(List.of(0, 4, "value", ""), patch.get(1));
    }

    @Test
    void updateControl_wrongValueType_isReportedAndIgnored() {
        TextField tf = new TextField("Name");
        Session s = start(page -> page.add(tf));
        s.receive(updateControl(id(tf), "value", 42));
        assertEquals("", tf.value());
        assertEquals(List.of("Ignored value for TextField(" + id(tf) + ").value: expected a string, got int 42"),
                warnings);
    }

    @Test
    void handlerCallingUpdate_skipsAutoUpdate() {
        Text a = new Text("A");
        Column col = new Column(a);
        Button b = new Button("go", e -> {
            a.value("A1");
            col.update();
        });
        Session s = start(page -> page.add(col, b));
        sent.clear();
        s.receive(event(id(b), "click", null));
        loop.runUntilIdle();
        assertEquals(1, sent.size());
        assertEquals(id(col), sent.get(0).get("id"));
    }

    @Test
    void disabledAutoUpdate_sendsNothing() {
        Text a = new Text("A");
        Button[] b = new Button[1];
        Session s = start(page -> {
            b[0] = new Button("go", e -> {
                page.disableAutoUpdate();
                a.value("A3");
            });
            page.add(a, b[0]);
        });
        sent.clear();
        s.receive(event(id(b[0]), "click", null));
        loop.runUntilIdle();
        assertTrue(sent.isEmpty());
    }

    @Test
    void sleepingHandler_resumesOnVirtualTime() {
        Button[] b = new Button[1];
        Session s = start(page -> {
            b[0] = new Button("go", e -> {
                page.sleep(Duration.ofSeconds(1));
                page.add(new Text("Hello!"));
            });
            page.add(b[0]);
        });
        sent.clear();
        s.receive(event(id(b[0]), "click", null));
        loop.advance(999);
        assertTrue(sent.isEmpty(), "nothing before the second is up");
        loop.advance(1);
        assertEquals(1, sent.size());
        assertEquals(1000, loop.now());
    }

    @Test
    void exceptionInHandler_isLoggedShownInBannerAndSessionContinues() {
        Text t = new Text("0");
        Button boom = new Button("boom", e -> {
            throw new IllegalStateException("boom");
        });
        Button ok = new Button("ok", e -> t.value("1"));
        Session s = start(page -> page.add(t, boom, ok));
        sent.clear();
        s.receive(event(id(boom), "click", null));
        s.receive(event(id(ok), "click", null));
        loop.runUntilIdle();
        assertTrue(warnings.get(0).startsWith("ERROR Exception in a handler of Button(" + id(boom) + "):\n"
                + "java.lang.IllegalStateException: boom"), warnings.get(0));
        assertEquals(2, sent.size(), sent.toString());
        List<?> bannerOp = (List<?>) ((List<?>) sent.get(0).get("patch")).get(1);
        @SuppressWarnings("unchecked")
        Map<Object, Object> banner = (Map<Object, Object>) ((List<?>) bannerOp.get(3)).get(0);
        assertEquals("Banner", banner.get("_c"));
        assertEquals(true, banner.get("open"));
        assertEquals("Something went wrong: boom", ((Map<?, ?>) banner.get("content")).get("value"));
        assertEquals("1", t.value());
    }

    @Test
    void exceptionInHandler_withErrorHandler_goesToTheHandler() {
        List<String> seen = new ArrayList<>();
        Button[] boom = new Button[1];
        Session s = start(page -> {
            page.onError(e -> seen.add(e.message() + " " + e.error().map(x -> x.getClass().getSimpleName()).orElse("")));
            boom[0] = new Button("boom", e -> {
                throw new IllegalStateException("kaput");
            });
            page.add(boom[0]);
        });
        sent.clear();
        s.receive(event(id(boom[0]), "click", null));
        loop.runUntilIdle();
        assertEquals(List.of("kaput IllegalStateException"), seen);
        assertTrue(sent.isEmpty(), sent.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("ERROR")), warnings.toString());
    }

    @Test
    void failingMain_sendsSessionCrashed() {
        Session s = start(page -> {
            throw new IllegalArgumentException("bad main");
        });
        assertEquals(Action.SESSION_CRASHED, sent.get(1).action());
        assertTrue(((String) sent.get(1).get("message")).startsWith("java.lang.IllegalArgumentException: bad main"));
        assertTrue(s.closed());
    }
}
