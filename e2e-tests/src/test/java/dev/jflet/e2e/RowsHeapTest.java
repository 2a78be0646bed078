package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rows demo's objects keep their numbers as small integers: a row holds no heap number. A field that V8 stores
 * boxed in every object of a class (a string's hash code in the JavaScript build, a renderer field that once held a
 * fraction) costs 12 bytes in each object, which a heap snapshot shows as one heap number per object.
 */
class RowsHeapTest extends BrowserTest {
    private static final int ROWS = 1000;

    @ParameterizedTest
    @EnumSource(Build.class)
    void rows_holdNoHeapNumberPerRow(Build build) {
        Page page = open(build, "/rows/");
        assertThat(page.locator("[data-key=run]")).isVisible();
        int before = heapNumbers(snapshot(page));
        page.locator("[data-key=run]").click();
        assertThat(page.locator("[data-key=rows] > *")).hasCount(ROWS);

        int added = heapNumbers(snapshot(page)) - before;
        assertTrue(added < ROWS / 4,
                ROWS + " rows added " + added + " heap numbers (" + before + " before): some object of a row holds one");
    }

    /** Counts the nodes that are heap numbers: number nodes with a size (small integers have none). */
    private static int heapNumbers(JsonObject snapshot) {
        JsonObject meta = snapshot.getAsJsonObject("snapshot").getAsJsonObject("meta");
        List<String> fields = names(meta.getAsJsonArray("node_fields"));
        List<String> types = names(meta.getAsJsonArray("node_types").get(0).getAsJsonArray());
        int type = fields.indexOf("type");
        int size = fields.indexOf("self_size");
        int number = types.indexOf("number");
        JsonArray nodes = snapshot.getAsJsonArray("nodes");
        int count = 0;
        for (int i = 0; i < nodes.size(); i += fields.size()) {
            if (nodes.get(i + type).getAsInt() == number && nodes.get(i + size).getAsInt() > 0) {
                count++;
            }
        }
        return count;
    }

    private static List<String> names(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static JsonObject snapshot(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        try {
            return snapshot(cdp);
        } finally {
            cdp.detach();
        }
    }

    private static JsonObject snapshot(CDPSession cdp) {
        StringBuilder json = new StringBuilder();
        cdp.on("HeapProfiler.addHeapSnapshotChunk", event -> json.append(event.get("chunk").getAsString()));
        cdp.send("HeapProfiler.enable");
        cdp.send("HeapProfiler.collectGarbage");
        cdp.send("HeapProfiler.takeHeapSnapshot");
        return JsonParser.parseString(json.toString()).getAsJsonObject();
    }
}
