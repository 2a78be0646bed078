package dev.jflet.site.helloasync;

import dev.jflet.bridge.Jflet;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;

import java.time.Duration;

/**
 * Flet's first async example: a button whose handler waits one second, then adds "Hello!".
 *
 * <p>{@code main} and the handler both run as tasks on the page's event loop, so {@code page.sleep}
 * suspends the handler without blocking the page, like {@code await asyncio.sleep(1)}.
 */
public final class HelloAsync {
    private HelloAsync() {
    }

    public static void main(String[] args) {
        Jflet.run(HelloAsync::app);
    }

    public static void app(Page page) {
        page.title("Hello async");
        page.add(new Button("Say hello with delay", e -> {
            page.sleep(Duration.ofSeconds(1));
            page.add(new Text("Hello!"));
        }));
    }
}
