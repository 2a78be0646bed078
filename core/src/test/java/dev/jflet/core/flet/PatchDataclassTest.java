package dev.jflet.core.flet;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.types.Padding;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.jflet.core.flet.FletDiff.path;
import static dev.jflet.core.flet.FletDiff.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of Flet's {@code test_patch_dataclass.py} that apply to jflet (flet-protocol.md §3.2, §3.8,
 * §7): client values are applied without being echoed, a diff leaves nothing dirty behind, a dropped child
 * is no longer tracked, and values serialize sparsely.
 */
class PatchDataclassTest {
    // test_page_patch_dataclass
    @Test
    void pageUpdateFromClient_appliesValues_andLaterDiffIsEmpty() {
        FletDiff d = FletDiff.start(page -> {
        });
        Page page = d.tester.page();
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("padding", Map.of("left", 3.0));
        media.put("view_padding", Map.of());
        media.put("view_insets", Map.of());
        media.put("device_pixel_ratio", 2.0);
        media.put("orientation", "landscape");
        media.put("always_use_24_hour_format", false);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("debug", true);
        props.put("platform_brightness", "dark");
        props.put("media", media);
        props.put("width", 800.0);
        props.put("height", 600.0);
        props.put("route", "/");
        props.put("platform", "macos");
        d.tester.clearFrames();
        d.tester.updateControl(page, props);

        assertEquals(800.0, page.width().getAsDouble());
        assertEquals(600.0, page.height().getAsDouble());
        assertEquals("dark", page.platformBrightness().get());
        assertEquals("macos", page.platform().get());
        assertEquals(3.0, page.media().get().padding().left());
        assertTrue(d.tester.frames().isEmpty(), "client values are not echoed: " + d.tester.frames());
        assertEquals(List.of(), d.update(page));
    }

    // test_patch_dataclass.py (client values patched in): a client write over a pending app change must not
    // lose the app's later changes. Flet's first update would send `replace value "typed"`, because its _dirty
    // entry outlives the client's write; jflet drops that entry, as the client already shows the value.
    @Test
    void clientWriteOverPendingChange_laterAppChangesAreStillSent() {
        TextField field = new TextField("Name");
        FletDiff d = FletDiff.start(page -> page.add(field));
        field.value("from app");
        d.tester.updateControl(field, Map.of("value", "typed"));
        assertEquals(List.of(), d.update(field));
        field.label("Full name");
        assertEquals(List.of(replace(path("label"), "Full name")), d.update(field));
        assertEquals("typed", field.value());
    }

    // test_patch_dataclass.py: _dirty is cleared after a diff
    @Test
    void update_afterChangesWereSent_sendsNothingMore() {
        Text t = new Text("a");
        FletDiff d = FletDiff.start(page -> page.add(t));
        t.value("b").size(20);
        assertEquals(List.of(replace(path("value"), "b"), replace(path("size"), 20)), d.update(t));
        assertEquals(List.of(), d.update(t));
        assertEquals(List.of(), d.update(d.tester.page()));
    }

    // test_patch_dataclass.py: snapshots are released when a field becomes None
    @Test
    void childSlot_setToNull_stopsTrackingTheOldChild() {
        Text old = new Text("old");
        Container host = new Container(old);
        FletDiff d = FletDiff.start(page -> page.add(host));
        host.content(null);
        d.update(d.tester.page());
        old.value("edited after removal");
        assertEquals(List.of(), d.update(d.tester.page()));
        assertFalse(old.page().isPresent());
    }

    // test_patch_dataclass.py: controls inside property values travel with _c and _i and get a parent
    @Test
    void controlInValueProperty_isSerializedWithTypeAndId_andParented() {
        Text label = new Text("label");
        Button b = new Button().content(label);
        FletDiff d = FletDiff.start(page -> page.add(b));
        Map<String, Object> sent = d.tester.client().control(b);
        Map<?, ?> content = (Map<?, ?>) sent.get("content");
        assertEquals("Text", content.get("_c"));
        assertEquals(Nodes.id(label), content.get("_i"));
        assertSame(b, Nodes.parent(label));
        assertTrue(label.page().isPresent());
    }

    // test_patch_dataclass.py: value fast path (Alignment(1, 2) -> {x: 1, y: 2}); defaults stay off the wire
    @Test
    void valueObject_serializesOnlyNonDefaultFields() {
        Container c = new Container().padding(Padding.only(1, 2, 0, 0));
        FletDiff d = FletDiff.start(page -> page.add(c));
        assertEquals(Map.of("left", 1, "top", 2), d.tester.client().control(c).get("padding"));
    }

    // test_patch_dataclass.py: a default empty control list is not emitted
    @Test
    void emptyControlList_isNotEmitted() {
        Column col = new Column();
        FletDiff d = FletDiff.start(page -> page.add(col));
        Map<String, Object> sent = d.tester.client().control(col);
        assertFalse(sent.containsKey("controls"), sent.toString());
        assertEquals(1, d.tester.frames(Action.PATCH_CONTROL).size());
    }
}
