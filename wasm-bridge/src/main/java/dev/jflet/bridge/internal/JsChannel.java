package dev.jflet.bridge.internal;

import dev.jflet.core.App;
import dev.jflet.core.internal.session.Session;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

import java.util.HashMap;
import java.util.Map;

/**
 * Internal: Flet's JavaScript bridge in the same page (flet-protocol.md §1.4): one session per app id,
 * packets as {@code Uint8Array}. No exported function blocks: events run as tasks on the loop.
 */
public final class JsChannel {
    private static final Map<String, Session> SESSIONS = new HashMap<>();
    private static final BrowserLoop LOOP = new BrowserLoop();
    private static App app;

    private JsChannel() {
    }

    /** Receives backend packets in the renderer. */
    @JSFunctor
    public interface MessageCallback extends JSObject {
        void onMessage(Uint8Array packet);
    }

    @JSFunctor
    interface ConnectFunction extends JSObject {
        JSObject connect(String appId, JSObject args, MessageCallback onMessage);
    }

    @JSFunctor
    interface SendFunction extends JSObject {
        void send(String appId, Uint8Array packet);
    }

    @JSFunctor
    interface DisconnectFunction extends JSObject {
        void disconnect(String appId);
    }

    public static void install(App app) {
        JsChannel.app = app;
        StringShape.widenNumberFields();
        installGlobals(JsChannel::connect, JsChannel::send, JsChannel::disconnect);
    }

    private static JSObject connect(String appId, JSObject args, MessageCallback onMessage) {
        Session previous = SESSIONS.remove(appId);
        if (previous != null) {
            previous.close();
        }
        Session session = new Session(app, LOOP, packet -> onMessage.onMessage(toJs(packet)), ConsoleLog.INSTANCE);
        SESSIONS.put(appId, session);
        return resolvedPromise();
    }

    private static void send(String appId, Uint8Array packet) {
        Session session = SESSIONS.get(appId);
        if (session == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = toJava(packet);
        } catch (RuntimeException e) {
            ConsoleLog.INSTANCE.warn("Dropped a packet that is not a Uint8Array");
            return;
        }
        session.receive(bytes);
    }

    private static void disconnect(String appId) {
        Session session = SESSIONS.remove(appId);
        if (session != null) {
            session.close();
        }
    }

    static Uint8Array toJs(byte[] bytes) {
        Int8Array copy = Int8Array.copyFromJavaArray(bytes);
        return Uint8Array.create(copy.getBuffer(), copy.getByteOffset(), copy.getLength());
    }

    static byte[] toJava(Uint8Array packet) {
        return Int8Array.create(packet.getBuffer(), packet.getByteOffset(), packet.getLength()).copyToJavaArray();
    }

    // Typed functor parameters make TeaVM pass real JS functions.
    @JSBody(params = {"connect", "send", "disconnect"},
            script = "globalThis.jsConnect = connect; globalThis.jsSend = send; globalThis.jsDisconnect = disconnect;")
    private static native void installGlobals(ConnectFunction connect, SendFunction send, DisconnectFunction disconnect);

    @JSBody(script = "return Promise.resolve();")
    private static native JSObject resolvedPromise();
}
