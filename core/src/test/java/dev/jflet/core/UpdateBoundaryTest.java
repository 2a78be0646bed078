package dev.jflet.core;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.ThemeMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Isolated custom controls own their update boundary; app-wide auto-update can be switched off. */
class UpdateBoundaryTest {
    /** A custom control that owns its update boundary. */
    static final class Card extends Column {
        final Text label = new Text("card");

        Card() {
            isolated(true);
            controls().add(label);
        }
    }

    @Test
    void isolatedControl_changesInsideAreSentOnlyByItsOwnUpdate() {
        Card card = new Card();
        Text outside = new Text("outside");
        AppTester t = AppTester.start(page -> page.add(outside, card, new Button("go", e -> {
            card.label.value("inner change");
            outside.value("outer change");
        })));
        t.clearFrames().click(t.find(Button.class));
        List<SentFrame> patches = t.frames(Action.PATCH_CONTROL);
        assertEquals(1, patches.size());
        assertTrue(!patches.get(0).toString().contains("inner change"), patches.get(0).toString());
        assertEquals("card", t.client().control(card.label).get("value"));
        card.update();
        assertEquals(Nodes.id(card), t.frames(Action.PATCH_CONTROL).get(1).get("id"));
        assertEquals("inner change", t.client().control(card.label).get("value"));
    }

    @Test
    void autoUpdate_insideIsolatedControl_targetsTheControl() {
        Card card = new Card();
        Button inner = new Button("inner", e -> card.label.value("clicked"));
        card.controls().add(inner);
        AppTester t = AppTester.start(page -> page.add(card));
        t.clearFrames().click(inner);
        assertEquals(Nodes.id(card), t.frames(Action.PATCH_CONTROL).get(0).get("id"));
    }

    @Test
    void defaultAutoUpdateOff_handlersSendNothingUntilUpdate() {
        Text text = new Text("a");
        Button b = new Button("b", e -> text.value("b"));
        AppTester t = AppTester.start(page -> {
            page.defaultAutoUpdate(false);
            page.add(text, b);
        });
        t.clearFrames().click(b);
        assertTrue(t.frames().isEmpty(), t.frames().toString());
        t.page().update();
        assertEquals("b", t.client().control(text).get("value"));
    }

    @Test
    void themeMode_isValidated() {
        AppTester t = AppTester.start(page -> page.themeMode("dark"));
        assertEquals(ThemeMode.DARK, t.page().themeMode());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> t.page().themeMode("blue"));
        assertEquals("theme mode must be system, light or dark: blue", e.getMessage());
    }
}
