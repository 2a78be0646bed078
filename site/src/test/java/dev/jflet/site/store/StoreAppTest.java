package dev.jflet.site.store;

import dev.jflet.core.View;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.ClientSnapshot;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Store demo on the JVM: the stack it builds from routes, its view_pop and confirm_pop handlers, its cart. */
class StoreAppTest {
    private static AppTester at(String route) {
        return AppTester.start(Store::app, ClientSnapshot.browser().route(route));
    }

    private static List<String> routes(AppTester t) {
        return t.page().views().stream().map(View::route).toList();
    }

    private static String echo(AppTester t) {
        return t.byKey("echo", Text.class).value();
    }

    /** What the browser sends when its history moves to {@code route}, popping the view {@code popped}. */
    private static void historyMoves(AppTester t, String route, String popped) {
        t.updateControl(t.page(), Map.of("route", route));
        if (popped != null) {
            t.fire(t.page(), "view_pop", Map.of("route", popped));
        }
        t.fire(t.page(), "route_change", Map.of("route", route));
    }

    /** Answers every unanswered method call (the browser answers each right away). */
    private static List<SentFrame> answerCalls(AppTester t, int alreadyAnswered) {
        List<SentFrame> calls = t.frames(Action.INVOKE_METHOD);
        for (SentFrame call : calls.subList(alreadyAnswered, calls.size())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("control_id", call.get("control_id"));
            body.put("call_id", call.get("call_id"));
            body.put("result", null);
            body.put("error", null);
            t.sendRaw(Frames.encode(Action.INVOKE_METHOD, body));
        }
        return calls;
    }

    @Test
    void deepLink_product_buildsTheListAndTheProduct() {
        AppTester t = at("/products/2");

        assertEquals(List.of("/", "/products/2"), routes(t));
        assertEquals("Java: route /products/2 · views / › /products/2 · last view_pop none", echo(t));
        t.assertClientInSync();
    }

    @Test
    void browserBack_viewPopThenRouteChange_leavesTheListAndPushesItsRoute() {
        AppTester t = at("/products/2");

        historyMoves(t, "/", "/products/2");

        List<SentFrame> calls = answerCalls(t, 0);
        assertEquals(1, calls.size());
        assertEquals(Map.of("route", "/"), calls.get(0).get("args"));
        assertEquals(List.of("/"), routes(t));
        assertEquals("Java: route / · views / · last view_pop /products/2", echo(t));
        t.assertClientInSync();
    }

    @Test
    void unknownProduct_showsNotFoundOverTheList() {
        AppTester t = at("/products/99");

        assertEquals(List.of("/", "/products/99"), routes(t));
        assertTrue(t.page().views().get(1).controls().contains(
                t.find(Text.class, x -> "No such product.".equals(x.value()))));
    }

    @Test
    void settings_unsavedChangesAndBack_asksThenDiscardConfirmsThePop() {
        AppTester t = at("/settings");
        View settings = t.page().views().get(1);
        assertEquals(false, settings.canPop());
        t.change(t.find(Switch.class), "value", false);
        assertEquals("Unsaved changes", t.byKey("settings-status", Text.class).value());

        t.fire(settings, "confirm_pop", null);
        AlertDialog ask = t.find(AlertDialog.class);
        assertTrue(ask.open());
        assertEquals(0, t.frames(Action.INVOKE_METHOD).size());

        t.click(t.find(TextButton.class, b -> "Discard".equals(b.content().orElse(null))));
        SentFrame call = t.frames(Action.INVOKE_METHOD).get(0);
        assertEquals("confirm_pop", call.get("name"));
        assertEquals(Nodes.id(settings), call.get("control_id"));
        assertEquals(Map.of("should_pop", true), call.get("args"));
    }

    @Test
    void settings_savedAndBack_confirmsThePopWithoutAsking() {
        AppTester t = at("/settings");
        View settings = t.page().views().get(1);

        t.fire(settings, "confirm_pop", null);

        SentFrame call = t.frames(Action.INVOKE_METHOD).get(0);
        assertEquals("confirm_pop", call.get("name"));
        assertEquals(Map.of("should_pop", true), call.get("args"));
    }

    @Test
    void addToCart_popsToTheListWithTheResult() {
        AppTester t = at("/products/3");

        t.click(t.find(FilledButton.class));
        assertEquals(List.of("/"), routes(t));
        historyMoves(t, "/", null);
        answerCalls(t, 0);

        assertEquals("Added Burr grinder · cart: 1", t.byKey("result", Text.class).value());
        t.assertClientInSync();
    }
}
