package dev.jflet.site;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Icons;
import dev.jflet.site.counter.Counter;
import dev.jflet.site.greeter.Greeter;
import dev.jflet.site.helloasync.HelloAsync;
import dev.jflet.site.layoutlab.LayoutLab;
import dev.jflet.site.routes.Routes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo apps on the JVM, through the real protocol, on virtual time. */
class DemoAppsTest {
    @Test
    void counter_plusThreeMinusOne_showsTwo() {
        AppTester t = AppTester.start(Counter::app);
        IconButton plus = t.find(IconButton.class, b -> b.icon().getAsInt() == Icons.ADD);
        IconButton minus = t.find(IconButton.class, b -> b.icon().getAsInt() == Icons.REMOVE);
        t.click(plus).click(plus).click(plus).click(minus);
        Text count = t.byKey("counter", Text.class);
        assertEquals("2", count.value());
        assertEquals("2", t.client().control(count).get("value"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void greeter_typing_echoesGreeting() {
        AppTester t = AppTester.start(Greeter::app);
        t.type(t.find(TextField.class), "Ada");
        Text greeting = t.byKey("greeting", Text.class);
        assertEquals("Hello, Ada!", t.client().control(greeting).get("value"));
        t.type(t.find(TextField.class), "");
        assertEquals("", greeting.value());
    }

    @Test
    void layoutLab_addLineClicked_appendsToTheAutoScrollingLog() {
        AppTester t = AppTester.start(LayoutLab::app);
        Column log = t.byKey("auto-scroll-log", Column.class);
        t.click(t.byKey("add-line", Button.class));
        assertEquals(4, log.controls().size());
        assertEquals("log line 3", ((Text) log.controls().get(3)).value());
        t.assertClientInSync();
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void helloAsync_click_addsHelloAfterOneSecond() {
        AppTester t = AppTester.start(HelloAsync::app);
        int before = t.page().controls().size();
        t.click(t.find(Button.class));
        t.advance(Duration.ofMillis(999));
        assertEquals(before, t.page().controls().size());
        t.advance(Duration.ofMillis(1));
        assertEquals(before + 1, t.page().controls().size());
        assertEquals("Hello!", ((Text) t.page().controls().get(before)).value());
    }

    @Test
    void routes_routeChange_showsTheNewRoute() {
        AppTester t = AppTester.start(Routes::app);
        Text route = t.byKey("route", Text.class);
        assertEquals("Route: /", route.value());
        t.fire(t.page(), "route_change", Map.of("route", "/store?id=3"));
        assertEquals("Route: /store?id=3", t.client().control(route).get("value"));
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }
}
