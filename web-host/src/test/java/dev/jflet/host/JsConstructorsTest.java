package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsConstructorsTest {
    @TempDir
    Path temp;

    /** Three classes as TeaVM writes them: a root, a subclass with one field, a subclass with an alias of this. */
    private static final String CLASSES = "let Z=0n;function G(){this.gN=null;this.$id$=0;}"
            + "function Bc(){G.call(this);this.iE=0;}"
            + "function B9(){let a=this;Bc.call(a);a.hb=null;a.hd=0;a.k=0.0;a.z=Z;}"
            + "B9.prototype=Object.create(Bc.prototype);function f(x){let a=this;return a.b;}";
    /** TeaVM's identity hash, given on first use, and its clone, which gives the copy a new one. */
    private static final String IDENTITY = "let n=0,CQ=a=>{let b;b=a;if(!b.$id$)b.$id$=++n;return a.$id$;},"
            + "YL=a=>{let b,d;b=new B9();d=++n;b.$id$=d;return b;};";

    @Test
    void flatten_constructors_assignEveryFieldThroughThisInOrder() {
        String identityCompared = CLASSES + "const same=(x,y)=>x.$id$===y.$id$;";
        assertEquals("let Z=0n;function G(){this.gN=null;this.$id$=0;}"
                + "function Bc(){this.gN=null;this.$id$=0;this.iE=0;}"
                + "function B9(){this.gN=null;this.$id$=0;this.iE=0;this.hb=null;this.hd=0;this.k=0.0;this.z=Z;}"
                + "B9.prototype=Object.create(Bc.prototype);function f(x){let a=this;return a.b;}"
                + "const same=(x,y)=>x.$id$===y.$id$;",
                JsConstructors.flatten(identityCompared));
    }

    @Test
    void flatten_identityHashGivenOnFirstUse_isNotSetByConstructors() {
        assertEquals("let Z=0n;function G(){this.gN=null;}function Bc(){this.gN=null;this.iE=0;}"
                + "function B9(){this.gN=null;this.iE=0;this.hb=null;this.hd=0;this.k=0.0;this.z=Z;}"
                + "B9.prototype=Object.create(Bc.prototype);function f(x){let a=this;return a.b;}" + IDENTITY,
                JsConstructors.flatten(CLASSES + IDENTITY));
    }

    @Test
    void flatten_superclassNotWrittenAsPlainAssignments_isCalledOnThis() {
        String script = "function A(){this.x=f();}function B(){let a=this;A.call(a);a.y=null;}";
        assertEquals("function A(){this.x=f();}function B(){A.call(this);this.y=null;}",
                JsConstructors.flatten(script));
    }

    @Test
    void flatten_nameDefinedTwice_isLeftAsItIs() {
        String script = "function A(){this.x=0;}function g(){function A(){this.q=1;}}function B(){let a=this;"
                + "A.call(a);a.y=null;}";
        assertEquals("function A(){this.x=0;}function g(){function A(){this.q=1;}}function B(){A.call(this);"
                + "this.y=null;}", JsConstructors.flatten(script));
    }

    /** TeaVM's runtime making class prototypes, then an exception class whose constructor is not rewritten. */
    private static final String PROTOTYPES = "const Dt=(cls,parent)=>{if(parent){cls.prototype="
            + "Object.create(parent.prototype);}\nelse {cls.prototype={};}cls.prototype.constructor=cls;};"
            + "Dt(G,0);Dt(Bc,G);Dt(B9,Bc);"
            + "function Ex(m){let self=Reflect.construct(Error,[m],Ex);this.gN=null;return self;}"
            + "function Ey(){let a=this;Ex.call(a);a.q=0;}";

    @Test
    void flatten_monitorField_movesToTheRootPrototype() {
        assertEquals("let Z=0n;function G(){this.gN=null;}function Bc(){this.iE=0;}"
                + "function B9(){this.iE=0;this.hb=null;this.hd=0;this.k=0.0;this.z=Z;}"
                + "B9.prototype=Object.create(Bc.prototype);function f(x){let a=this;return a.b;}" + IDENTITY
                + "const Dt=(cls,parent)=>{if(parent){cls.prototype=Object.create(parent.prototype);}\n"
                + "else {cls.prototype={gN:null};}cls.prototype.constructor=cls;};Dt(G,0);Dt(Bc,G);Dt(B9,Bc);"
                + "function Ex(m){let self=Reflect.construct(Error,[m],Ex);this.gN=null;return self;}"
                + "function Ey(){Ex.call(this);this.q=0;}",
                JsConstructors.flatten(CLASSES + IDENTITY + PROTOTYPES));
    }

    @Test
    void flatten_monitorField_readsNullUntilSetThenIsTheObjectsOwn() throws Exception {
        String probe = "const o=new B9(),p=new B9(),r=new G();o.gN={owner:1};"
                + "console.log(JSON.stringify([p.gN,o.gN,r.gN,new Bc().gN,Object.keys(p).includes('gN'),"
                + "Object.keys(o).includes('gN'),p instanceof Bc]));";
        assertEquals("[null,{\"owner\":1},null,null,false,true,true]\n",
                node("monitor.js", JsConstructors.flatten(CLASSES + IDENTITY + PROTOTYPES) + probe));
    }

    @Test
    void flatten_rootPrototypeMadeOtherwise_leavesTheMonitorInTheConstructors() {
        String script = CLASSES + "const Dt=(cls)=>{cls.prototype=Object.create(null);};";
        assertEquals(true, JsConstructors.flatten(script).contains("function Bc(){this.gN=null;this.iE=0;}"));
    }

    @Test
    void flatten_objects_haveTheSameFieldsValuesAndPrototypes() throws Exception {
        // Fields, values and prototype, then the identity hashes: distinct, stable, and a clone's its own.
        String probe = "const o=new B9(),p=new B9();const h=[CQ(o),CQ(p),CQ(o),CQ(YL(o))];"
                + "console.log(JSON.stringify([Object.entries(new B9()).filter(([k])=>k!=='$id$')"
                + ".map(([k,v])=>k+'='+v),o instanceof Bc,new Set(h).size,h[0]===h[2]]));";
        String expected = "[[\"gN=null\",\"iE=0\",\"hb=null\",\"hd=0\",\"k=0\",\"z=0\"],true,3,true]\n";
        assertEquals(expected, node("before.js", CLASSES + IDENTITY + probe));
        assertEquals(expected, node("after.js", JsConstructors.flatten(CLASSES + IDENTITY) + probe));
    }

    /** What node prints running {@code script}, written to {@code name}; the test is skipped without node. */
    private String node(String name, String script) throws Exception {
        Optional<Path> node = ExternalTools.node();
        assumeTrue(node.isPresent(), "node is not installed");
        Path file = temp.resolve(name);
        Files.writeString(file, script);
        return ExternalTools.run(List.of(node.get().toString(), file.toString()));
    }
}
