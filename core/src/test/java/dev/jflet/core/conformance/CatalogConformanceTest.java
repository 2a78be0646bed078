package dev.jflet.core.conformance;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Icon;
import dev.jflet.core.controls.core.Image;
import dev.jflet.core.controls.core.Markdown;
import dev.jflet.core.controls.core.ResponsiveRow;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Stack;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Badge;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.Card;
import dev.jflet.core.controls.material.Checkbox;
import dev.jflet.core.controls.material.Chip;
import dev.jflet.core.controls.material.DataCell;
import dev.jflet.core.controls.material.DataColumn;
import dev.jflet.core.controls.material.DataRow;
import dev.jflet.core.controls.material.DataTable;
import dev.jflet.core.controls.material.DatePicker;
import dev.jflet.core.controls.material.Dropdown;
import dev.jflet.core.controls.material.DropdownOption;
import dev.jflet.core.controls.material.ListTile;
import dev.jflet.core.controls.material.NavigationBar;
import dev.jflet.core.controls.material.NavigationBarDestination;
import dev.jflet.core.controls.material.ProgressRing;
import dev.jflet.core.controls.material.Radio;
import dev.jflet.core.controls.material.RadioGroup;
import dev.jflet.core.controls.material.Slider;
import dev.jflet.core.controls.material.Switch;
import dev.jflet.core.controls.material.Tab;
import dev.jflet.core.controls.material.TabBar;
import dev.jflet.core.controls.material.TabBarView;
import dev.jflet.core.controls.material.Tabs;
import dev.jflet.core.controls.material.TimePicker;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.Animation;
import dev.jflet.core.types.AnimationCurve;
import dev.jflet.core.types.Border;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.BorderSide;
import dev.jflet.core.types.BoxFit;
import dev.jflet.core.types.BoxShadow;
import dev.jflet.core.types.Colors;
import dev.jflet.core.types.CupertinoIcons;
import dev.jflet.core.types.DateTime;
import dev.jflet.core.types.Duration;
import dev.jflet.core.types.FontWeight;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.LinearGradient;
import dev.jflet.core.types.Margin;
import dev.jflet.core.types.MarkdownExtensionSet;
import dev.jflet.core.types.Offset;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.ScrollMode;
import dev.jflet.core.types.TextAlign;
import dev.jflet.core.types.TextStyle;
import dev.jflet.core.types.TimeOfDay;
import dev.jflet.core.types.Tooltip;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The control catalogue and value encodings: {@code value_types} and {@code datetime_values}. */
@Tag("conformance")
class CatalogConformanceTest {
    @Test
    void valueTypes() throws Exception {
        ConformanceRunner.run("value_types", (Page page) -> {
            page.title("Value types");
            page.scroll(ScrollMode.AUTO);
            page.navigationBar(new NavigationBar(
                    new NavigationBarDestination(Icons.HOME, "Home"),
                    new NavigationBarDestination(Icons.SETTINGS, "Settings").selectedIcon(Icons.SETTINGS_OUTLINED))
                    .selectedIndex(0));
            page.add(
                    new Text("Named color").color(Colors.RED),
                    new Text("Hex + opacity").color("#ff336699").bgcolor(Colors.withOpacity(0.5, Colors.BLUE)),
                    new Text("Styled").style(new TextStyle().size(18).weight(FontWeight.W_600).italic(true)
                            .color(Colors.GREEN_700).letterSpacing(1.5)),
                    new Text("Bold centered").weight(FontWeight.BOLD).textAlign(TextAlign.CENTER),
                    new Row(
                            new Container(new Text("all"))
                                    .padding(Padding.all(8))
                                    .margin(Margin.all(4))
                                    .alignment(Alignment.CENTER)
                                    .borderRadius(BorderRadius.all(8))
                                    .border(Border.all(2, Colors.BLUE_GREY))
                                    .width(120)
                                    .height(60)
                                    .tooltip("Plain tooltip"),
                            new Container(new Text("symmetric"))
                                    .padding(Padding.symmetric(12, 4))
                                    .margin(Margin.symmetric(0, 2))
                                    .alignment(new Alignment(0.5, -0.5))
                                    .borderRadius(BorderRadius.only(4, 0, 0, 12))
                                    .border(Border.NONE.top(new BorderSide(3, "red"))
                                            .bottom(new BorderSide(1, "#00ff00")))
                                    .expand(true)
                                    .tooltip(new Tooltip("Rich").waitDuration(Duration.ofSeconds(1))),
                            new Container(new Text("only"))
                                    .padding(Padding.only(3, 6, 0, 0))
                                    .margin(Margin.only(0, 0, 5, 0))
                                    .gradient(new LinearGradient(Alignment.TOP_LEFT, Alignment.BOTTOM_RIGHT,
                                            Colors.PINK, Colors.PURPLE))
                                    .shadow(new BoxShadow().spreadRadius(1).blurRadius(6).color(Colors.BLACK26)
                                            .offset(new Offset(2, 3)))
                                    .animate(new Animation(Duration.ofMillis(300), AnimationCurve.EASE_OUT))
                                    .animateOpacity(250)
                                    .expand(2)),
                    new Row(
                            new Icon(Icons.ADD),
                            new Icon(Icons.FAVORITE).color(Colors.PINK).size(30).badge("3"),
                            new Icon(CupertinoIcons.HEART_FILL).badge(new Badge("new").bgcolor(Colors.RED))),
                    new ResponsiveRow(
                            new Container(new Text("sm6 md4")).col(Map.of("sm", 6, "md", 4)),
                            new Container(new Text("full")).col(12)),
                    new Stack(
                            new Container().width(50).height(50).bgcolor(Colors.YELLOW).left(10).top(20),
                            new Text("corner").right(0).bottom(0))
                            .width(200).height(100),
                    new Image("https://picsum.photos/id/10/200/100").width(200).height(100).fit(BoxFit.COVER)
                            .borderRadius(6),
                    new Markdown("# Title\n\nSome **bold** text").extensionSet(MarkdownExtensionSet.GITHUB_WEB),
                    new Dropdown(
                            new DropdownOption("a", "Apple"),
                            new DropdownOption("b", "Banana"),
                            new DropdownOption("Cherry"))
                            .label("Fruit").value("b"),
                    new Tabs(2, new Column(
                            new TabBar(new Tab("One"), new Tab("Two").icon(Icons.STAR)),
                            new TabBarView(new Text("Tab one"), new Text("Tab two")).expand(true)))
                            .selectedIndex(1).height(120),
                    new DataTable(
                            java.util.List.of(new DataColumn(new Text("Name")),
                                    new DataColumn(new Text("Age")).numeric(true)),
                            java.util.List.of(
                                    new DataRow(new DataCell(new Text("Alice")), new DataCell(new Text("30"))),
                                    new DataRow(new DataCell(new Text("Bob")), new DataCell(new Text("25"))))),
                    new Card(new ListTile()
                            .leading(new Icon(Icons.ALBUM))
                            .title(new Text("Card title"))
                            .subtitle(new Text("Card subtitle")))
                            .elevation(4),
                    new Checkbox("Check me").value(true),
                    new Switch("Switch").value(false),
                    new Slider(0, 10).divisions(10).value(3).label("{value}"),
                    new RadioGroup(new Row(new Radio("a", "A"), new Radio("b", "B"))).value("b"),
                    new ProgressRing(0.3).strokeWidth(6),
                    new Chip(new Text("Chip")).leading(new Icon(Icons.LABEL)).bgcolor(Colors.AMBER_100));
        });
    }

    @Test
    void datetimeValues() throws Exception {
        ConformanceRunner.run("datetime_values", (Page page) -> {
            Text picked = new Text("none");
            DatePicker datePicker = new DatePicker()
                    .firstDate(DateTime.of(2024, 1, 1, 0, 0))
                    .lastDate(DateTime.of(2024, 12, 31, 0, 0))
                    .currentDate(DateTime.of(2024, 6, 1, 0, 0))
                    .value(DateTime.of(2024, 6, 15, 12, 30));
            datePicker.onChange(e -> picked.value("date " + datePicker.value().orElseThrow().isoFormat()));
            TimePicker timePicker = new TimePicker().value(TimeOfDay.of(9, 5));
            timePicker.onChange(e -> picked.value("time " + timePicker.value().orElseThrow().isoFormat()));
            page.add(picked,
                    new Button("Pick date", e -> page.showDialog(datePicker)),
                    new Button("Pick time", e -> page.showDialog(timePicker)));
        });
    }
}
