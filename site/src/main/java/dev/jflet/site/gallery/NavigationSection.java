package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Tab;
import dev.jflet.core.controls.material.TabBar;
import dev.jflet.core.controls.material.TabBarView;
import dev.jflet.core.controls.material.Tabs;
import dev.jflet.core.types.Icons;

/** Navigation: Tabs holding a TabBar and a TabBarView (Flet 0.80's composition). */
final class NavigationSection {
    static final String[] TAB_NAMES = {"Home", "Search", "Settings"};

    private NavigationSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("navigation");
        Tabs tabs = new Tabs(3, new Column(
                new TabBar(new Tab(TAB_NAMES[0]).icon(Icons.HOME), new Tab(TAB_NAMES[1]).icon(Icons.SEARCH),
                        new Tab(TAB_NAMES[2]).icon(Icons.SETTINGS)),
                new TabBarView(new Text("Home content"), new Text("Search content"), new Text("Settings content"))
                        .height(60))).key("tabs");
        tabs.onChange(e -> status.say("tab: " + TAB_NAMES[tabs.selectedIndex()]));
        return Gallery.section("Navigation", status, tabs);
    }
}
