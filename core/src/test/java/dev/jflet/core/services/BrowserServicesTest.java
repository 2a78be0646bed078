package dev.jflet.core.services;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.WebBrowserName;
import dev.jflet.core.types.WebDeviceInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UrlLauncher, BrowserContextMenu, Clipboard and page.getDeviceInfo (flet-protocol.md §3.14) as Flet calls them. */
class BrowserServicesTest {
    private final Text out = new Text("");
    private final List<Object> results = new ArrayList<>();

    private AppTester app(Consumer<Page> action) {
        return AppTester.start(page -> page.add(out, new Button("go", e -> {
            try {
                action.accept(e.page());
            } catch (RuntimeException ex) {
                out.value(ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        })));
    }

    private static SentFrame onlyCall(AppTester t) {
        List<SentFrame> calls = t.pendingCalls();
        assertEquals(1, calls.size(), "one pending call: " + calls);
        return calls.get(0);
    }

    private static String typeOf(AppTester t, SentFrame call) {
        return t.client().control((Integer) call.get("control_id")).get("_c").toString();
    }

    @Test
    void launchUrl_sendsUrlModeAndWindowName_asFletsArguments() {
        AppTester t = app(p -> {
            UrlLauncher launcher = new UrlLauncher();
            launcher.launchUrl("https://flet.dev");
            launcher.launchUrl("/docs/", LaunchMode.EXTERNAL_APPLICATION, "docs");
        });
        t.click(t.find(Button.class));
        SentFrame first = onlyCall(t);
        assertEquals("UrlLauncher", typeOf(t, first));
        assertEquals("launch_url", first.get("name"));
        assertEquals(Map.of("url", "https://flet.dev", "mode", "platformDefault"), first.get("args"));
        t.answer(first, null, null);
        assertEquals(Map.of("url", "/docs/", "mode", "externalApplication", "web_only_window_name", "docs"),
                onlyCall(t).get("args"));
        t.answer(onlyCall(t), null, null);
        assertEquals("", out.value());
    }

    @Test
    void launchUrl_refusedByTheClient_throwsItsReason() {
        AppTester t = app(p -> new UrlLauncher().launchUrl("javascript:alert(1)"));
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), null, "UrlLauncher: javascript: URLs are not launched");
        assertEquals("InvokeException: UrlLauncher: javascript: URLs are not launched", out.value());
        assertTrue(t.running());
    }

    @Test
    void canLaunchUrl_andSupportsLaunchMode_returnTheClientsAnswer() {
        AppTester t = app(p -> {
            UrlLauncher launcher = new UrlLauncher();
            results.add(launcher.canLaunchUrl("data:text/html,x"));
            results.add(launcher.supportsLaunchMode(LaunchMode.IN_APP_WEB_VIEW));
        });
        t.click(t.find(Button.class));
        assertEquals("can_launch_url", onlyCall(t).get("name"));
        assertEquals(Map.of("url", "data:text/html,x"), onlyCall(t).get("args"));
        t.answer(onlyCall(t), false, null);
        assertEquals(Map.of("mode", "inAppWebView"), onlyCall(t).get("args"));
        t.answer(onlyCall(t), false, null);
        assertEquals(List.of(false, false), results);
    }

    @Test
    void launchUrl_emptyUrl_failsWithoutACall() {
        AppTester t = app(p -> p.launchUrl(" "));
        t.click(t.find(Button.class));
        assertEquals("IllegalArgumentException: UrlLauncher.launchUrl: url must not be empty: \" \"", out.value());
        assertEquals(List.of(), t.frames(Action.INVOKE_METHOD));
    }

    @Test
    void launchUrl_emptyWindowName_failsNamingTheFix() {
        AppTester t = app(p -> new UrlLauncher().launchUrl("/x", LaunchMode.PLATFORM_DEFAULT, ""));
        t.click(t.find(Button.class));
        assertEquals("IllegalArgumentException: UrlLauncher.launchUrl: webWindowName must not be empty: \"\"; "
                + "use launchUrl(url, mode) for a new tab", out.value());
        assertEquals(List.of(), t.frames(Action.INVOKE_METHOD));
    }

    @Test
    void pageLaunchUrl_usesAServiceOnlyForTheCall() {
        AppTester t = app(p -> p.launchUrl("https://example.com/"));
        t.click(t.find(Button.class));
        SentFrame call = onlyCall(t);
        assertEquals("UrlLauncher", typeOf(t, call));
        t.answer(call, null, null);
        assertEquals(0, t.page().services().size());
        t.assertClientInSync();
    }

    @Test
    void browserContextMenu_disableThenEnable_callsFletsMethods_andTracksTheState() {
        AppTester t = app(p -> {
            BrowserContextMenu menu = new BrowserContextMenu();
            menu.disable();
            results.add(menu.disabled());
            menu.enable();
            results.add(menu.disabled());
        });
        t.click(t.find(Button.class));
        assertEquals("disable_menu", onlyCall(t).get("name"));
        t.answer(onlyCall(t), null, null);
        assertEquals("enable_menu", onlyCall(t).get("name"));
        t.answer(onlyCall(t), null, null);
        assertEquals(List.of(true, false), results);
    }

    @Test
    void browserContextMenu_failedCall_keepsTheOldState() {
        BrowserContextMenu[] menu = new BrowserContextMenu[1];
        AppTester t = app(p -> {
            menu[0] = new BrowserContextMenu();
            menu[0].disable();
        });
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), null, "no window");
        assertFalse(menu[0].disabled());
        assertEquals("InvokeException: no window", out.value());
    }

    @Test
    void clipboard_setAndGet_useFletsNames() {
        AppTester t = app(p -> {
            Clipboard clipboard = new Clipboard();
            clipboard.set("copied");
            results.add(clipboard.get().orElse("none"));
        });
        t.click(t.find(Button.class));
        assertEquals(Map.of("data", "copied"), onlyCall(t).get("args"));
        t.answer(onlyCall(t), null, null);
        assertEquals("get", onlyCall(t).get("name"));
        t.answer(onlyCall(t), "pasted", null);
        assertEquals(List.of("pasted"), results);
    }

    @Test
    void getDeviceInfo_callsThePage_andReadsTheWebFields() {
        AppTester t = app(p -> results.add(p.getDeviceInfo()));
        t.click(t.find(Button.class));
        SentFrame call = onlyCall(t);
        assertEquals(1, call.get("control_id"));
        assertEquals("get_device_info", call.get("name"));
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("browser_name", "chrome");
        wire.put("user_agent", "Mozilla/5.0 Chrome/140");
        wire.put("languages", List.of("en-US", "de"));
        wire.put("hardware_concurrency", 8);
        wire.put("device_memory", 8);
        wire.put("max_touch_points", 0);
        wire.put("vendor", "Google Inc.");
        wire.put("platform", "Linux x86_64");
        t.answer(call, wire, null);
        WebDeviceInfo info = (WebDeviceInfo) results.get(0);
        assertEquals(WebBrowserName.CHROME, info.browserName());
        assertEquals("Mozilla/5.0 Chrome/140", info.userAgent().orElseThrow());
        assertEquals(List.of("en-US", "de"), info.languages());
        assertEquals(8, info.hardwareConcurrency().getAsInt());
        assertEquals(OptionalDouble.of(8), info.deviceMemory());
        assertEquals(0, info.maxTouchPoints().getAsInt());
        assertEquals("Google Inc.", info.vendor().orElseThrow());
        assertEquals("Linux x86_64", info.platform().orElseThrow());
        assertTrue(info.language().isEmpty(), "absent fields are empty");
    }

    @Test
    void getDeviceInfo_answerThatIsNoMap_failsClearly() {
        AppTester t = app(p -> p.getDeviceInfo());
        t.click(t.find(Button.class));
        t.answer(onlyCall(t), "chrome", null);
        assertTrue(out.value().startsWith("IllegalArgumentException: get_device_info answered chrome, expected a map"),
                out.value());
        assertEquals(WebBrowserName.UNKNOWN, WebBrowserName.of("netscape"));
    }
}
