package dev.jflet.core.conformance;

import dev.jflet.core.AppLifecycleStateChangeEvent;
import dev.jflet.core.Event;
import dev.jflet.core.EventHandler;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Icon;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.ProgressBar;
import dev.jflet.core.services.Clipboard;
import dev.jflet.core.types.Icons;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runtime behaviour transcripts: updates, async handlers, events, services, failures. */
@Tag("conformance")
class RuntimeConformanceTest {
    @Test
    void asyncSleep() throws Exception {
        ConformanceRunner.run("async_sleep", (Page page) -> page.add(new Button("Go", e -> {
            page.add(new Text("before sleep"));
            page.sleep(Duration.ofMillis(50));
            page.add(new Text("after sleep"));
        })));
    }

    @Test
    void explicitUpdate() throws Exception {
        ConformanceRunner.run("explicit_update", (Page page) -> {
            Text a = new Text("A");
            Column col = new Column(a);
            Text b = new Text("B");
            Text c = new Text("C");
            page.add(col, b, c, new Row(
                    new Button("Column update", e -> {
                        a.value("A1");
                        col.update();
                    }),
                    new Button("Page update", e -> {
                        b.value("B2");
                        c.value("C2");
                        page.update();
                    }),
                    new Button("No auto update", e -> {
                        page.disableAutoUpdate();
                        a.value("A3");
                    })));
        });
    }

    @Test
    void generatorHandler() throws Exception {
        ConformanceRunner.run("generator_handler", (Page page) -> {
            ProgressBar pb = new ProgressBar(0);
            page.add(pb, new Button("Run", e -> {
                pb.value(0.5);
                page.flush();
                pb.value(1.0);
                page.flush();
            }));
        });
    }

    @Test
    void unknownTarget() throws Exception {
        ConformanceRunner.run("unknown_target", (Page page) -> {
            Text count = new Text("0");
            page.add(count, new Button("Increment",
                    e -> count.value(String.valueOf(Integer.parseInt(count.value()) + 1))));
        });
    }

    @Test
    void handlerToggle() throws Exception {
        ConformanceRunner.run("handler_toggle", (Page page) -> {
            Text status = new Text("idle");
            Button target = new Button("Target");
            int[] clicks = {0};
            EventHandler<Event<Button>> onTarget = e -> status.value("clicked " + ++clicks[0]);
            page.add(status, target, new Row(
                    new Button("Enable handler", e -> target.onClick(onTarget)),
                    new Button("Disable handler", e -> target.onClick((EventHandler<Event<Button>>) null)),
                    new Button("Hide", e -> target.visible(false)),
                    new Button("Show", e -> target.visible(true)),
                    new Button("Disable control", e -> target.disabled(true))));
        });
    }

    @Test
    void contentReplace() throws Exception {
        ConformanceRunner.run("content_replace", (Page page) -> {
            Text first = new Text("first");
            Container box = new Container(first).padding(10).bgcolor("amber100");
            page.add(box, new Row(
                    new Button("Replace", e -> box.content(new Icon(Icons.STAR).color("orange"))),
                    new Button("Clear", e -> box.content(null)),
                    new Button("Back", e -> box.content(first))));
        });
    }

    @Test
    void listOps() throws Exception {
        ConformanceRunner.run("list_ops", (Page page) -> {
            Column col = new Column(new Text("Item 1"), new Text("Item 2"), new Text("Item 3"), new Text("Item 4"),
                    new Text("Item 5"));
            page.add(col, new Row(
                    new Button("Insert", e -> col.controls().add(0, new Text("New first"))),
                    new Button("Remove", e -> col.controls().remove(2)),
                    new Button("Reverse", e -> java.util.Collections.reverse(col.controls())),
                    new Button("Append", e -> col.controls().add(new Text("Appended"))),
                    new Button("Clean", e -> col.controls().clear())));
        });
    }

    @Test
    void keyedSwap() throws Exception {
        ConformanceRunner.run("keyed_swap", (Page page) -> {
            List<Container> items = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                items.add(new Container(new Text("Item " + i)).key("k" + i).padding(5));
            }
            Column col = new Column(items);
            page.add(col, new Row(
                    new Button("Swap", e -> {
                        var c = col.controls();
                        var one = c.get(1);
                        c.set(1, c.get(4));
                        c.set(4, one);
                    }),
                    new Button("Remove", e -> col.controls().removeIf(x -> x.key().orElse("").equals("k2"))),
                    new Button("Reorder", e -> {
                        Map<String, dev.jflet.core.Control> byKey = new java.util.HashMap<>();
                        for (var x : col.controls()) {
                            byKey.put(x.key().orElseThrow(), x);
                        }
                        col.controls().clear();
                        for (String k : List.of("k5", "k1", "k4", "k0", "k3")) {
                            col.controls().add(byKey.get(k));
                        }
                    })));
        });
    }

    @Test
    void clipboard() throws Exception {
        ConformanceRunner.run("clipboard", (Page page) -> {
            Text result = new Text("");
            page.add(result, new Button("Copy and paste", e -> {
                Clipboard cb = new Clipboard();
                cb.set("x");
                String value = cb.get().orElse("");
                result.value("Clipboard: " + value);
            }));
        });
    }

    @Test
    void pageEvents() throws Exception {
        ConformanceRunner.run("page_events", (Page page) -> {
            page.onResize(e -> page.add(new Text("resize " + e.width() + "x" + e.height())));
            page.onAppLifecycleStateChange(
                    (AppLifecycleStateChangeEvent e) -> page.add(new Text("lifecycle " + e.state())));
            page.onKeyboardEvent(e -> page.add(new Text("key " + e.key() + " shift=" + py(e.shift()) + " ctrl="
                    + py(e.ctrl()) + " alt=" + py(e.alt()) + " meta=" + py(e.meta()))));
            page.add(new Text("Events:"));
        });
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    /**
     * Flet ends the session with SessionCrashed when a handler throws. jflet keeps the app usable: it
     * shows the error in a dismissible banner (a PatchControl on the page's dialogs) instead.
     */
    @Test
    void crash_handlerException_isShownInABannerInsteadOfSessionCrashed() throws Exception {
        ConformanceRunner.run("crash", (Page page) -> {
            Text status = new Text("ok");
            page.add(status,
                    new Button("Crash", e -> {
                        throw new IllegalArgumentException("boom");
                    }),
                    new Button("Still alive", e -> status.value("still alive")));
        }, (index, expected, actual) -> {
            if (expected.action() != 6) {
                return false;
            }
            assertTrue(((String) expected.get("message")).startsWith("boom\n"));
            assertEquals(2, actual.action());
            String patch = actual.body().toString();
            assertTrue(patch.contains("_c=Banner") && patch.contains("Something went wrong: boom"), patch);
            return true;
        });
    }
}
