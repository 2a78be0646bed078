package dev.jflet.core.conformance;

import dev.jflet.core.Page;
import dev.jflet.core.View;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.AlertDialog;
import dev.jflet.core.controls.material.AppBar;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.SnackBar;
import dev.jflet.core.controls.material.TextButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Routing and dialog transcripts. */
@Tag("conformance")
class NavigationConformanceTest {
    @Test
    void routing() throws Exception {
        ConformanceRunner.run("routing", (Page page) -> {
            page.title("Routes Example");
            Runnable routeChange = () -> {
                page.views().clear();
                page.views().add(new View("/",
                        new AppBar(new Text("Flet app")),
                        new Button("Visit Store", e -> page.pushRoute("/store"))));
                if (page.route().equals("/store")) {
                    page.views().add(new View("/store",
                            new AppBar(new Text("Store")),
                            new Button("Go Home", e -> page.pushRoute("/"))));
                }
                page.update();
            };
            page.onRouteChange(routeChange::run);
            page.onViewPop(e -> {
                page.views().remove(e.view().orElseThrow());
                View top = page.views().get(page.views().size() - 1);
                page.pushRoute(top.route());
            });
            routeChange.run();
        });
    }

    @Test
    void dialog() throws Exception {
        ConformanceRunner.run("dialog", (Page page) -> {
            Text status = new Text("");
            AlertDialog dlg = new AlertDialog().title(new Text("Hello")).content(new Text("Dialog body"))
                    .actions(new TextButton("Close", e -> page.popDialog()));
            dlg.onDismiss(() -> {
                status.value("Dialog dismissed");
                page.update();
            });
            page.add(status,
                    new Button("Open dialog", e -> page.showDialog(dlg)),
                    new Button("Show snack", e -> page.showDialog(new SnackBar(new Text("Saved")))));
        });
    }
}
