package dev.jflet.core.testing;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.MsgPackWriter;
import dev.jflet.core.internal.tree.Nodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of random frames, good and bad, against an app whose handlers reshape its tree: the
 * session must never stop, and after every step the client's page must equal the app's.
 */
class SessionFuzzTest {
    private static final String[] EVENTS = {"click", "change", "focus", "blur", "submit", "no_such_event", ""};
    /** Keys no client may write. */
    private static final String[] FOREIGN_KEYS = {"label", "visible", "key", "content", "controls", "_x", "bogus"};
    /** Keys a client may write, each of which rejects a map value. */
    private static final String[] WRITABLE_KEYS = {"value", "width", "open", "route", "platform"};

    /** An app whose buttons insert, remove, move, replace and edit controls, some of which fail. */
    private static void app(Page page, Random rnd) {
        Column list = new Column();
        TextField field = new TextField("Name");
        Text echo = new Text();
        field.onChange(e -> echo.value(field.value()));
        Container box = new Container(new Text("boxed"));
        page.add(field, echo, box, list, new Row(
                new Button("insert", e -> list.controls().add(rnd.nextInt(list.controls().size() + 1),
                        new Text("t" + rnd.nextInt(100)).key(rnd.nextBoolean() ? "k" + rnd.nextInt(5) : null))),
                new Button("remove", e -> list.controls().remove(rnd.nextInt(list.controls().size()))),
                new Button("move", e -> {
                    List<Control> c = list.controls();
                    c.add(rnd.nextInt(c.size()), c.remove(rnd.nextInt(c.size())));
                }),
                new Button("edit", e -> ((Text) list.controls().get(rnd.nextInt(list.controls().size())))
                        .value("e" + rnd.nextInt(100)).size(10 + rnd.nextInt(3))),
                new Button("reverse", e -> java.util.Collections.reverse(list.controls())),
                new Button("clear", e -> list.controls().clear()),
                new Button("box", e -> box.content(rnd.nextBoolean() ? null
                        : rnd.nextBoolean() ? new Text("new") : list.controls().isEmpty() ? null
                        : new Column(new Text("nested"), new Button("inner", x -> echo.value("inner")))))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void randomFrames_neverStopTheSession_andKeepTheClientInSync(long seed) {
        Random rnd = new Random(seed);
        Random appRnd = new Random(seed * 31);
        AppTester t = AppTester.start(page -> app(page, appRnd));
        for (int step = 0; step < 1500; step++) {
            List<Control> all = t.all();
            Control target = all.get(rnd.nextInt(all.size()));
            switch (rnd.nextInt(8)) {
                case 0:
                case 1:
                case 2:
                    Control button = pick(all, Button.class, rnd);
                    t.click(button == null ? target : button);
                    break;
                case 3:
                    t.fire(target, EVENTS[rnd.nextInt(EVENTS.length)], randomValue(rnd, 2));
                    break;
                case 4:
                    TextField field = (TextField) pick(all, TextField.class, rnd);
                    t.type(field, "v" + rnd.nextInt(1000));
                    break;
                case 5:
                    Map<String, Object> props = new LinkedHashMap<>();
                    if (rnd.nextBoolean()) {
                        props.put(FOREIGN_KEYS[rnd.nextInt(FOREIGN_KEYS.length)], randomValue(rnd, 2));
                    } else {
                        props.put(WRITABLE_KEYS[rnd.nextInt(WRITABLE_KEYS.length)], Map.of("not", "valid"));
                    }
                    t.sendRaw(Frames.encode(4, Map.of("id", rnd.nextBoolean() ? Nodes.id(target) : rnd.nextInt(),
                            "props", props)));
                    break;
                case 6:
                    t.sendRaw(randomFrame(rnd));
                    break;
                default:
                    byte[] good = Frames.encode(3, Map.of("target", Nodes.id(target), "name", "click"));
                    t.sendRaw(Arrays.copyOf(good, rnd.nextInt(good.length)));
            }
            assertTrue(t.running(), "the session stopped at step " + step);
            t.assertClientInSync();
        }
        assertTrue(t.problems().size() > 100, "the fuzzer should have produced bad frames: " + t.problems().size());
    }

    private static Control pick(List<Control> all, Class<?> type, Random rnd) {
        List<Control> matching = new ArrayList<>();
        for (Control c : all) {
            if (type.isInstance(c)) {
                matching.add(c);
            }
        }
        return matching.isEmpty() ? null : matching.get(rnd.nextInt(matching.size()));
    }

    private static Object randomValue(Random rnd, int depth) {
        switch (rnd.nextInt(depth > 0 ? 9 : 7)) {
            case 0: return null;
            case 1: return rnd.nextBoolean();
            case 2: return rnd.nextInt();
            case 3: return rnd.nextDouble() * 1000;
            case 4: return "s" + rnd.nextInt(50);
            case 5: return (long) rnd.nextInt() << 20;
            case 6: return new byte[] {1, 2};
            case 7: return Arrays.asList(randomValue(rnd, depth - 1), randomValue(rnd, depth - 1));
            default:
                Map<Object, Object> m = new LinkedHashMap<>();
                m.put(rnd.nextBoolean() ? "k" : (Object) 1, randomValue(rnd, depth - 1));
                return m;
        }
    }

    private static byte[] randomFrame(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0: {
                byte[] b = new byte[rnd.nextInt(20)];
                rnd.nextBytes(b);
                return b;
            }
            case 1:
                return new MsgPackWriter().writeRawByte(0).write(List.of(rnd.nextInt(12) - 1, Map.of())).toByteArray();
            case 2:
                return new MsgPackWriter().writeRawByte(0).write(randomValue(rnd, 2)).toByteArray();
            case 3:
                return Frames.encode(5, Map.of("control_id", rnd.nextInt(20), "call_id", "c" + rnd.nextInt(9),
                        "result", "r"));
            default:
                return Frames.encode(1, Map.of("page", Map.of("width", "wide", "route", 5)));
        }
    }
}
