package dev.jflet.core;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AppBar;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.ClientSnapshot;
import dev.jflet.core.testing.SentFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views and routing (flet-protocol.md §3.12): route changes, view pops, confirm pop and popViewsUntil. */
class NavigationTest {
    private final List<String> log = new ArrayList<>();

    /** Answers the app's oldest unanswered method call as the browser does: {result: null, error: null}. */
    private static void answer(AppTester t, SentFrame call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("control_id", call.get("control_id"));
        body.put("call_id", call.get("call_id"));
        body.put("result", null);
        body.put("error", null);
        t.sendRaw(Frames.encode(Action.INVOKE_METHOD, body));
    }

    /** What the client sends when the browser's route becomes {@code route}. */
    private static void navigate(AppTester t, String route) {
        t.updateControl(t.page(), Map.of("route", route));
        t.fire(t.page(), "route_change", Map.of("route", route));
    }

    private static SentFrame lastCall(AppTester t) {
        List<SentFrame> calls = t.frames(Action.INVOKE_METHOD);
        return calls.get(calls.size() - 1);
    }

    @Test
    void routeChange_sameRouteTwice_handlerRunsOnce() {
        AppTester t = AppTester.start(page -> page.onRouteChange(e -> log.add(e.route() + " " + page.route())));

        navigate(t, "/store");
        navigate(t, "/store");
        navigate(t, "/");
        navigate(t, "/store");

        assertEquals(List.of("/store /store", "/ /", "/store /store"), log);
    }

    @Test
    void pushRoute_withQuery_sendsTheRouteWithItsEncodedQuery() {
        AppTester t = AppTester.start(page -> page.add(new Button("go",
                e -> page.pushRoute("/search", Map.of("q", "red cup", "page", "2")))));

        t.click(t.find(Button.class));

        SentFrame call = lastCall(t);
        assertEquals("push_route", call.get("name"));
        assertEquals(1, call.get("control_id"));
        assertEquals(Map.of("route", "/search?page=2&q=red%20cup"), call.get("args"));
    }

    @Test
    void query_afterRouteChange_readsTheNewRoutesParameters() {
        AppTester t = AppTester.start(page -> page.onRouteChange(e -> log.add(page.query().get("q", "-"))),
                ClientSnapshot.browser().route("/search?q=mug"));
        assertEquals("mug", t.page().query().get("q").orElseThrow());
        assertEquals("/search", t.page().query().path());

        navigate(t, "/search?q=red+cup%21");

        assertEquals(List.of("red cup!"), log);
    }

    @Test
    void viewPop_routeOfAView_carriesThatView() {
        View store = new View("/store");
        AppTester t = AppTester.start(page -> {
            page.views().add(store);
            page.onViewPop(e -> log.add(e.route() + " " + (e.view().orElse(null) == store)));
        });

        t.fire(t.page(), "view_pop", Map.of("route", "/store"));
        t.fire(t.page(), "view_pop", Map.of("route", "/gone"));

        assertEquals(List.of("/store true", "/gone false"), log);
    }

    @Test
    void viewPop_twoViewsWithTheRoute_carriesTheLowerOne() {
        View first = new View("/item");
        View second = new View("/item");
        AppTester t = AppTester.start(page -> {
            page.views().add(first);
            page.views().add(second);
            page.onViewPop(e -> log.add(String.valueOf(e.view().orElseThrow() == first)));
        });

        t.fire(t.page(), "view_pop", Map.of("route", "/item"));

        assertEquals(List.of("true"), log);
    }

    @Test
    void view_canPopAppbarAndConfirmPop_areSentToTheClient() {
        View settings = new View("/settings").appbar(new AppBar("Settings").automaticallyImplyLeading(false))
                .canPop(false).onConfirmPop(e -> { });
        AppTester t = AppTester.start(page -> page.views().add(settings));

        Map<String, Object> sent = t.client().control(settings);
        assertEquals(false, sent.get("can_pop"));
        assertEquals(true, sent.get("on_confirm_pop"));
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) sent.get("appbar");
        assertEquals(false, bar.get("automatically_imply_leading"));
        assertFalse(settings.canPop());
        t.assertClientInSync();
    }

    @Test
    void confirmPop_handlerAnswers_invokesConfirmPopOnTheView() {
        View settings = new View("/settings").canPop(false);
        settings.onConfirmPop(e -> {
            log.add("asked " + (e.control() == settings));
            settings.confirmPop(true);
            log.add("answered");
        });
        AppTester t = AppTester.start(page -> page.views().add(settings));

        t.fire(settings, "confirm_pop", null);
        SentFrame call = lastCall(t);
        assertEquals("confirm_pop", call.get("name"));
        assertEquals(Nodes.id(settings), call.get("control_id"));
        assertEquals(Map.of("should_pop", true), call.get("args"));
        assertEquals(List.of("asked true"), log);

        answer(t, call);
        assertEquals(List.of("asked true", "answered"), log);
    }

    @Test
    void confirmPop_outsideAHandler_failsNamingTheView() {
        View settings = new View("/settings");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> settings.confirmPop(false));
        assertTrue(e.getMessage().contains("confirm_pop on View"), e.getMessage());
    }

    @Test
    void popViewsUntil_deepStack_popsNavigatesAndDeliversTheResult() {
        Text result = new Text("none");
        AppTester t = AppTester.start(page -> {
            page.views().add(new View("/step1"));
            page.views().add(new View("/step2"));
            View step3 = new View("/step3", new Button("finish", e -> page.popViewsUntil("/", "done")));
            page.views().add(step3);
            page.controls().add(result);
            page.onViewPop(e -> log.add("view_pop " + e.route()));
            page.onViewsPopUntil(e -> {
                log.add(e.route() + " " + e.result().orElseThrow() + " " + (e.view() == page.views().get(0)));
                result.value("Result: " + e.result().orElseThrow());
            });
        });

        t.click(t.find(Button.class));
        SentFrame call = lastCall(t);
        assertEquals(Map.of("route", "/"), call.get("args"));
        assertEquals(1, t.page().views().size());
        assertEquals(List.of(), log);

        navigate(t, "/");
        answer(t, call);

        assertEquals(List.of("/ done true"), log);
        assertEquals("Result: done", result.value());
        t.assertClientInSync();
    }

    @Test
    void popViewsUntil_unknownRoute_failsNamingTheStackAndKeepsIt() {
        AppTester t = AppTester.start(page -> {
            page.views().add(new View("/step1"));
            page.controls().add(new Button("go", e -> {
                try {
                    page.popViewsUntil("/nowhere");
                } catch (IllegalArgumentException ex) {
                    log.add(ex.getMessage());
                }
            }));
        });

        t.click(t.find(Button.class));

        assertEquals(List.of("No view found with route '/nowhere'. The stack holds [/, /step1]; pop to one of"
                + " those routes."), log);
        assertEquals(2, t.page().views().size());
        assertTrue(t.frames(Action.INVOKE_METHOD).isEmpty());
    }

    @Test
    void popViewsUntil_topRoute_keepsTheStack() {
        View top = new View("/step1");
        AppTester t = AppTester.start(page -> {
            page.views().add(top);
            page.onViewsPopUntil(e -> log.add(e.route()));
            page.controls().add(new Button("go", e -> page.popViewsUntil("/step1")));
        });

        t.click(t.find(Button.class));
        answer(t, lastCall(t));

        assertEquals(List.of("/step1"), log);
        assertSame(top, t.page().views().get(1));
    }
}
