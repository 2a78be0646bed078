package dev.jflet.core.bench;

import dev.jflet.core.Control;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.loop.VirtualTimeLoop;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.session.Log;
import dev.jflet.core.internal.session.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JVM cost of one update: computing the patch and encoding the frame, for trees of growing size
 * and a growing number of changes. Run with {@code mvn -B -pl core -Pbench verify}; prints a markdown table.
 *
 * <p>The tree is a column of columns of 100 texts each. Each measured update changes {@code k} texts
 * spread over the tree, then calls {@code page.update()}.
 */
public final class PatchBenchmark {
    private static final int WARMUP = 300;
    private static final int RUNS = 300;

    private PatchBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("| controls in tree | texts changed | median µs per update | p90 µs | frame bytes |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int size : new int[] {100, 10_000, 100_000}) {
            for (int changes : new int[] {1, 10, 100}) {
                if (changes <= size) {
                    run(size, changes);
                }
            }
        }
    }

    private static void run(int size, int changes) {
        List<Text> texts = new ArrayList<>(size);
        long[] bytes = {0};
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Session session = new Session((Page page) -> {
            List<Control> groups = new ArrayList<>();
            for (int g = 0; g < size / 100; g++) {
                Column group = new Column();
                for (int i = 0; i < 100; i++) {
                    Text t = new Text("row " + (g * 100 + i));
                    texts.add(t);
                    group.controls().add(t);
                }
                groups.add(group);
            }
            page.add(new Column(groups));
        }, loop, packet -> bytes[0] = packet.length, Log.STDERR);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", null);
        body.put("page_name", "");
        body.put("page", Map.of("route", "/", "width", 1280.0, "height", 720.0));
        session.receive(Frames.encode(Action.REGISTER_CLIENT, body));
        loop.runUntilIdle();
        Page page = session.page();
        long[] samples = new long[RUNS];
        int counter = 0;
        for (int r = -WARMUP; r < RUNS; r++) {
            counter++;
            long start = System.nanoTime();
            for (int c = 0; c < changes; c++) {
                texts.get((int) ((long) c * size / changes + counter) % size).value("v" + counter);
            }
            page.update();
            long elapsed = System.nanoTime() - start;
            if (r >= 0) {
                samples[r] = elapsed;
            }
        }
        Arrays.sort(samples);
        System.out.println(String.format(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %d |", size, changes,
                samples[RUNS / 2] / 1000.0, samples[RUNS * 9 / 10] / 1000.0, bytes[0]));
    }
}
