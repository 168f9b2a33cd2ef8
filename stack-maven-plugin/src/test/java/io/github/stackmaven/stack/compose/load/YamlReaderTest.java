package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.MergeTag;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void mergeKeysLocalWinsAndEarliestSourceWins() {
        YMap doc = YamlReader.read("f.yml", """
                x-a: &a {A: a1, B: a2}
                x-b: &b {A: b1, C: b3}
                env:
                  <<: [*a, *b]
                  B: local
                """).get(0);
        assertThat(doc.get("env").toJava()).isEqualTo(java.util.Map.of("A", "a1", "B", "local", "C", "b3"));
    }

    @Test
    void aliasesAreDeepCopies() {
        YMap doc = YamlReader.read("f.yml", "a: &x {k: [1]}\nb: *x\n").get(0);
        ((YMap) doc.get("a")).put("k", YScalar.string("changed", doc.position()));
        assertThat(((YMap) doc.get("b")).get("k").toJava()).isEqualTo(List.of(1L));
    }

    @Test
    void tagsAndScalarKinds() {
        YMap doc = YamlReader.read("f.yml", "a: !reset\nb: !override [1]\nc: ${X}\nd: 0440\ne: yes\nf: ~\ng: '1'\n")
                .get(0);
        assertThat(doc.get("a").tag()).isEqualTo(MergeTag.RESET);
        assertThat(doc.get("a").isNull()).isTrue();
        assertThat(doc.get("b").tag()).isEqualTo(MergeTag.OVERRIDE);
        assertThat(((YScalar) doc.get("c")).kind()).isEqualTo(ScalarKind.STRING);
        assertThat(((YScalar) doc.get("d")).kind()).isEqualTo(ScalarKind.INT);
        assertThat(doc.get("d").toJava()).as("go-yaml reads 0440 as octal").isEqualTo(288L);
        assertThat(((YScalar) doc.get("e")).kind()).as("YAML 1.2: yes is a string").isEqualTo(ScalarKind.STRING);
        assertThat(doc.get("f").isNull()).isTrue();
        assertThat(((YScalar) doc.get("g")).kind()).isEqualTo(ScalarKind.STRING);
    }

    @Test
    void positionsAreOneBased() {
        YMap doc = YamlReader.read("f.yml", "services:\n  web:\n    image: nginx\n").get(0);
        YMap web = (YMap) ((YMap) doc.get("services")).get("web");
        assertThat(web.keyPosition("image").toString()).isEqualTo("f.yml:3:5");
        assertThat(web.get("image").position().toString()).isEqualTo("f.yml:3:12");
    }

    @Test
    void aliasBombIsRefusedClearly() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(p);
            }
            y.append("]\n");
        }
        assertThatThrownBy(() -> YamlReader.read("bomb.yml", y.toString())).isInstanceOf(ComposeException.class)
                .hasMessageContaining("alias bomb");
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        assertThatThrownBy(() -> YamlReader.read("deep.yml", deep)).isInstanceOf(ComposeException.class)
                .hasMessageContaining("nesting is deeper than 200 levels");
    }

    @Test
    void recursiveAliasIsRefused() {
        assertThatThrownBy(() -> YamlReader.read("rec.yml", "a: &a [*a]\n")).isInstanceOf(ComposeException.class);
    }

    @Test
    void emptyDocumentsAreSkipped() {
        assertThat(YamlReader.read("f.yml", "---\n---\na: 1\n")).hasSize(1);
    }
}
