package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.NavigationRail;
import dev.jflet.core.controls.material.NavigationRailDestination;
import dev.jflet.core.controls.material.Tab;
import dev.jflet.core.controls.material.TabBar;
import dev.jflet.core.controls.material.TabBarView;
import dev.jflet.core.controls.material.Tabs;
import dev.jflet.core.controls.material.VerticalDivider;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.NavigationRailLabelType;

/**
 * Navigation: Tabs holding a TabBar and a TabBarView (Flet 0.80's composition), and a NavigationRail beside the
 * content it switches.
 */
final class NavigationSection {
    static final String[] TAB_NAMES = {"Home", "Search", "Settings"};
    static final String[] RAIL_NAMES = {"Inbox", "Starred", "Sent"};

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

        Text railContent = new Text(RAIL_NAMES[0] + " content").key("rail-content");
        NavigationRail rail = new NavigationRail(
                new NavigationRailDestination(Icons.INBOX, RAIL_NAMES[0]).selectedIcon(Icons.INBOX_OUTLINED),
                new NavigationRailDestination(Icons.STAR_OUTLINE, RAIL_NAMES[1]).selectedIcon(Icons.STAR),
                new NavigationRailDestination(Icons.SEND_OUTLINED, RAIL_NAMES[2]).selectedIcon(Icons.SEND))
                .selectedIndex(0).labelType(NavigationRailLabelType.ALL).key("rail");
        rail.onChange(e -> {
            String name = RAIL_NAMES[e.selectedIndex()];
            railContent.value(name + " content");
            status.say("rail: " + name + " (index " + rail.selectedIndex().getAsInt() + ")");
        });
        return Gallery.section("Navigation", status, tabs,
                new Row(rail, new VerticalDivider().width(1), railContent).height(260).key("rail-row"));
    }
}
