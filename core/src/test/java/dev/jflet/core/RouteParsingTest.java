package dev.jflet.core;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QueryString and TemplateRoute: Flet's page.query and TemplateRoute for Java. */
class RouteParsingTest {
    @Test
    void queryString_routeWithParameters_splitsPathAndDecodesValues() {
        QueryString q = QueryString.parse("/search?q=red+cup&tag=%C3%A9t%C3%A9&empty&q2=a%3Db#frag");

        assertEquals("/search", q.path());
        assertEquals(Optional.of("red cup"), q.get("q"));
        assertEquals("été", q.get("tag", "-"));
        assertEquals(Optional.of(""), q.get("empty"));
        assertEquals(Optional.of("a=b"), q.get("q2"));
        assertEquals(Optional.empty(), q.get("missing"));
        assertEquals(4, q.asMap().size());
    }

    @Test
    void queryString_noQueryOrEmptyRoute_hasNoParameters() {
        assertEquals(Map.of(), QueryString.parse("/store").asMap());
        assertEquals("/", QueryString.parse("").path());
        assertEquals("/", QueryString.parse("?x=1").path());
        assertEquals("bad%zz", QueryString.parse("/?v=bad%zz").get("v", null));
    }

    @Test
    void templateRoute_matchingTemplate_readsParameters() {
        TemplateRoute r = new TemplateRoute("/products/42/reviews?sort=new");

        assertFalse(r.match("/products/:id"));
        assertTrue(r.match("/products/:id/reviews"));
        assertEquals(Optional.of("42"), r.param("id"));
        assertFalse(r.match("/orders/:id/reviews"));
        assertEquals(Optional.empty(), r.param("id"));
    }

    @Test
    void templateRoute_emptySegmentOrRoot_matchesOnlyLiterally() {
        assertFalse(new TemplateRoute("/products/").match("/products/:id"));
        assertTrue(new TemplateRoute("/").match("/"));
        assertTrue(new TemplateRoute("/a%20b").match("/:name"));
        TemplateRoute r = new TemplateRoute("/a%20b");
        r.match("/:name");
        assertEquals("a b", r.param("name").orElseThrow());
    }

    @Test
    void templateRoute_templateWithoutSlash_failsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateRoute("/").match("products/:id"));
        assertEquals("A route template starts with /, e.g. \"/products/:id\"; got \"products/:id\"", e.getMessage());
    }
}
