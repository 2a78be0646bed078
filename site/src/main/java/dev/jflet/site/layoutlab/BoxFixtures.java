package dev.jflet.site.layoutlab;

import static dev.jflet.site.layoutlab.LayoutLab.box;
import static dev.jflet.site.layoutlab.LayoutLab.fixture;
import static dev.jflet.site.layoutlab.LayoutLab.frame;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.Icon;
import dev.jflet.core.controls.core.ListView;
import dev.jflet.core.controls.core.ResponsiveRow;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Stack;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Card;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.Margin;
import java.util.Map;

/**
 * Container sizing (content, width/height, padding, margin, alignment), Stack positions, ResponsiveRow columns, and
 * ListView's uniform item extents.
 */
final class BoxFixtures {
    /** The columns each ResponsiveRow child spans: half from sm (576), a third from md (768), all below sm. */
    static final Map<String, Integer> COL = Map.of("sm", 6, "md", 4);

    private BoxFixtures() {
    }

    static Column build() {
        return LayoutLab.group("Container, Stack and ResponsiveRow",
                fixture("content-sized", "Container padding 10 around a 50 x 30 box",
                        new Container(box("content-sized-box", 50, 30)).padding(10).bgcolor(LayoutLab.FRAME_COLOR)),
                fixture("fixed-size", "Container 120 x 80, padding 10, around a Text",
                        new Container(new Text("Fixed").key("fixed-size-text")).width(120).height(80).padding(10)
                                .bgcolor(LayoutLab.FRAME_COLOR)),
                fixture("forced-child", "Container 120 x 80 around a 40 x 40 box: the box must fill it",
                        frame(120, 80, box("forced-child-box", 40, 40))),
                fixture("margin", "Row: a box, a Container with margin 15 and padding 5, a box", new Row(
                        box("margin-before", 20, 20),
                        new Container(box("margin-inner", 30, 30)).margin(Margin.all(15)).padding(5)
                                .bgcolor(LayoutLab.FRAME_COLOR).key("margin-box"),
                        box("margin-after", 20, 20)).tight(true)),
                fixture("aligned-center", "Container 200 x 100, alignment center",
                        new Container(box("aligned-center-box", 40, 40)).width(200).height(100)
                                .alignment(Alignment.CENTER).bgcolor(LayoutLab.FRAME_COLOR)),
                fixture("aligned-bottom-right", "Container 200 x 100, alignment bottomRight",
                        new Container(box("aligned-bottom-right-box", 40, 40)).width(200).height(100)
                                .alignment(Alignment.BOTTOM_RIGHT).bgcolor(LayoutLab.FRAME_COLOR)),
                fixture("aligned-fill", "Container with an alignment and no size, in a Column: full width",
                        new Container(box("aligned-fill-box", 40, 20)).alignment(Alignment.CENTER)
                                .bgcolor(LayoutLab.FRAME_COLOR)),
                fixture("aligned-in-frame", "Container with alignment bottomRight and no size, in a 300 x 120 frame",
                        frame(300, 120, new Container(box("aligned-in-frame-box", 40, 20))
                                .alignment(Alignment.BOTTOM_RIGHT).bgcolor(LayoutLab.BOX_COLOR)
                                .key("aligned-in-frame-inner"))),
                fixture("leaf", "Container without content, 12 high, in a Column: full width",
                        new Container().height(12).bgcolor(LayoutLab.BOX_COLOR)),
                fixture("icon-forced", "Container 80 x 80 around a 24 px Icon: the Icon fills it, glyph centred",
                        frame(80, 80, new Icon(Icons.STAR).size(24).key("icon-forced-icon"))),
                fixture("card-content", "Card around a Container with padding 10 around a 100 x 40 box",
                        new Card(new Container(box("card-content-box", 100, 40)).padding(10))),
                fixture("card-row", "Row: a Card around an 80 x 30 box, a box", new Row(
                        new Card(box("card-row-box", 80, 30)).key("card-row-card"), box("card-row-next", 20, 20))),
                fixture("card-width", "Card width 200 around a 50 x 30 box",
                        new Card(box("card-width-box", 50, 30)).width(200)),
                fixture("card-expand", "Row 500 wide: a Card with expand, a 100 box", new Row(
                        new Card(box("card-expand-box", 50, 30)).expand(1).key("card-expand-card"),
                        box("card-expand-next", 100, 20)).width(500)),
                fixture("stack", "Stack 300 x 200 with positioned children", new Stack(
                        box("stack-top-left", 40, 40).left(10).top(10),
                        box("stack-bottom-right", 40, 40).right(10).bottom(10),
                        new Container().height(20).bgcolor(LayoutLab.BOX_COLOR).left(20).right(20).top(80)
                                .key("stack-left-right"),
                        box("stack-bottom-left", 30, 30).left(0).bottom(0)).width(300).height(200)),
                fixture("responsive", "ResponsiveRow: col {sm: 6, md: 4}", new ResponsiveRow(
                        cell("responsive-0"), cell("responsive-1"), cell("responsive-2"))),
                fixture("list-extent", "ListView item_extent 40, height 150: boxes 20 and 60 high each take 40",
                        new ListView(box("list-extent-0", 100, 20), box("list-extent-1", 100, 60)).itemExtent(40)
                                .height(150)),
                fixture("list-prototype", "ListView with a 50 high prototype_item: boxes 20 high each take 50",
                        new ListView(box("list-prototype-0", 100, 20), box("list-prototype-1", 100, 20))
                                .prototypeItem(box("list-prototype-proto", 100, 50)).height(150)),
                fixture("list-first", "ListView first_item_prototype: the first box is 30 high, so all are",
                        new ListView(box("list-first-0", 100, 30), box("list-first-1", 100, 10),
                                box("list-first-2", 100, 70)).firstItemPrototype(true).height(150)),
                fixture("list-across", "Horizontal ListView item_extent 60: boxes 20 wide each take 60",
                        new ListView(box("list-across-0", 20, 30), box("list-across-1", 20, 30)).horizontal(true)
                                .itemExtent(60).height(40)));
    }

    private static Container cell(String key) {
        return new Container().height(30).bgcolor(LayoutLab.BOX_COLOR).col(COL).key(key);
    }
}
