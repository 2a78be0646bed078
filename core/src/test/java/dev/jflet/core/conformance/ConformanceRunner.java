package dev.jflet.core.conformance;

import dev.jflet.core.App;
import dev.jflet.core.internal.loop.VirtualTimeLoop;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.Message;
import dev.jflet.core.internal.session.Log;
import dev.jflet.core.internal.session.Session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays a transcript against a Java app: client frames go in (ids translated), and every frame the
 * session sends must match the recorded backend frame at the same position.
 */
final class ConformanceRunner {
    /** How long the recording client waited after each step. */
    private static final long STEP_MILLIS = 300;

    private ConformanceRunner() {
    }

    /** A documented, deliberate difference from Flet for one recorded backend frame. */
    interface Deviation {
        /** Returns true when it has checked this frame itself. */
        boolean check(int index, Message expected, Message actual);
    }

    static void run(String name, App app) throws Exception {
        run(name, app, (i, e, a) -> false);
    }

    static void run(String name, App app, Deviation deviation) throws Exception {
        Transcript t = Transcript.load(name);
        VirtualTimeLoop loop = new VirtualTimeLoop();
        ArrayDeque<byte[]> sent = new ArrayDeque<>();
        Session session = new Session(app, loop, sent::add, Log.STDERR);
        FrameMatcher matcher = new FrameMatcher();
        List<Transcript.Frame> frames = t.frames;
        int i = 0;
        while (i < frames.size()) {
            boolean stepHadClientFrames = false;
            while (i < frames.size() && frames.get(i).fromClient) {
                Message m = frames.get(i).message;
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) matcher.translate(m.body(), "");
                session.receive(Frames.encode(m.action(), body));
                stepHadClientFrames = true;
                i++;
            }
            if (stepHadClientFrames) {
                loop.advance(STEP_MILLIS);
            }
            while (i < frames.size() && !frames.get(i).fromClient) {
                Message expected = frames.get(i).message;
                byte[] actualBytes = sent.poll();
                if (actualBytes == null) {
                    fail(name + ": frame " + i + " expected " + expected + " but the session sent nothing more");
                }
                Message actual = Frames.decode(actualBytes);
                if (deviation.check(i, expected, actual)) {
                    i++;
                    continue;
                }
                assertEquals(expected.action(), actual.action(), name + ": action of frame " + i + " (" + actual + ")");
                String diff = matcher.mismatch(expected.body(), actual.body(), "frame " + i);
                if (diff != null) {
                    fail(name + ": " + diff + "\n expected " + expected + "\n actual   " + actual);
                }
                i++;
            }
        }
        loop.advance(STEP_MILLIS);
        List<String> extra = new ArrayList<>();
        for (byte[] b : sent) {
            extra.add(Frames.decode(b).toString());
        }
        assertTrue(extra.isEmpty(), name + ": the session sent frames the transcript does not have: " + extra);
    }
}
