package dev.jflet.core;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lifecycle hooks run with Flet's timing (flet-protocol.md §3.10). */
class LifecycleTest {
    /** A custom control made by subclassing, recording its hooks and the frames sent before each. */
    static final class Probe extends Column {
        final List<String> log;
        final AppTester[] tester;

        Probe(List<String> log, AppTester[] tester) {
            this.log = log;
            this.tester = tester;
        }

        private int sent() {
            return tester[0] == null ? 0 : tester[0].frames(Action.PATCH_CONTROL).size();
        }

        @Override
        protected void build() {
            log.add("build page=" + page().isPresent());
            controls().add(new Text("built child"));
        }

        @Override
        protected void beforeUpdate() {
            log.add("beforeUpdate");
        }

        @Override
        protected void didMount() {
            log.add("didMount after " + sent() + " patches");
        }

        @Override
        protected void willUnmount() {
            log.add("willUnmount after " + sent() + " patches");
        }
    }

    @Test
    void hooks_runInFletOrder_andBuildOutputIsSentWithTheControl() {
        List<String> log = new ArrayList<>();
        AppTester[] t = new AppTester[1];
        Probe probe = new Probe(log, t);
        t[0] = AppTester.start(page -> page.add(new Button("add", e -> page.add(probe)),
                new Button("remove", e -> page.remove(probe))));
        t[0].click(t[0].find(Button.class, b -> b.content().get().equals("add")));
        assertEquals(List.of("build page=true", "beforeUpdate", "didMount after 2 patches"), log);
        Object built = t[0].client().control(probe).get("controls");
        assertEquals(1, ((List<?>) built).size(), "what build() adds travels in the same patch");
        log.clear();
        t[0].click(t[0].find(Button.class, b -> b.content().get().equals("remove")));
        assertEquals(List.of("willUnmount after 2 patches"), log);
    }

    @Test
    void beforeEvent_returningFalse_cancelsHandlerAndAutoUpdate() {
        List<String> ran = new ArrayList<>();
        Text text = new Text("x");
        Button guarded = new Button("guarded") {
            @Override
            protected boolean beforeEvent(Event<?> event) {
                return false;
            }
        };
        guarded.onClick(e -> ran.add("handler"));
        AppTester t = AppTester.start(page -> page.add(text, guarded));
        text.value("changed outside a handler");
        t.clearFrames().click(guarded);
        assertTrue(ran.isEmpty());
        assertTrue(t.frames().isEmpty(), "no auto-update after a vetoed event: " + t.frames());
    }

    @Test
    void noArgHandler_runsLikeTheEventHandler() {
        int[] clicks = {0};
        Button b = new Button("b").onClick(() -> clicks[0]++);
        AppTester t = AppTester.start(page -> page.add(b));
        t.click(b).click(b);
        assertEquals(2, clicks[0]);
    }
}
