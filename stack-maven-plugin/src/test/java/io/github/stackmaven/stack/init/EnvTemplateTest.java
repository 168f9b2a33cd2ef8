package io.github.stackmaven.stack.init;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvTemplateTest {

    private final List<Integer> asked = new ArrayList<>();

    private final EnvTemplate template = new EnvTemplate(new EnvTemplate.Values() {
        @Override
        public String secret(int length) {
            asked.add(length);
            return "S" + asked.size() + "x".repeat(length - 2);
        }

        @Override
        public String uid() {
            return "1234";
        }

        @Override
        public String gid() {
            return "5678";
        }
    });

    @Test
    void textWithoutMarkersIsCopiedByteForByte() {
        String text = "# comment ## not velocity\nA=${VAR:-x}\nB=$$literal\r\nC='@ not a marker'\nD=a@b{c}\n";
        assertThat(template.render(text, "t").text()).isEqualTo(text);
        assertThat(template.render(text, "t").secrets()).isZero();
    }

    @Test
    void eachSecretMarkerGetsItsOwnValueOfTheAskedLength() {
        EnvTemplate.Result r = template.render("P=@{secret}\nK=@{secret:48}\nQ=@{ secret }\n", "app.env.default");
        assertThat(asked).containsExactly(32, 48, 32);
        assertThat(r.secrets()).isEqualTo(3);
        assertThat(r.text()).isEqualTo("P=S1" + "x".repeat(30) + "\nK=S2" + "x".repeat(46) + "\nQ=S3"
                + "x".repeat(30) + "\n");
    }

    @Test
    void uidAndGidAreTheRunningUsers() {
        assertThat(template.render("UID=@{uid}\nGID=@{gid}\nUSER=\"@{uid}:@{gid}\"", "t").text())
                .isEqualTo("UID=1234\nGID=5678\nUSER=\"1234:5678\"");
        assertThat(asked).isEmpty();
    }

    @Test
    void doubleAtIsALiteralMarkerStart() {
        assertThat(template.render("X=@@{secret}\n", "t").text()).isEqualTo("X=@{secret}\n");
        assertThat(asked).isEmpty();
    }

    @Test
    void anUnknownMarkerIsAnErrorWithLineAndColumn() {
        assertThatThrownBy(() -> template.render("A=1\nPASSWORD=@{secert}\n", "app.env.default"))
                .isInstanceOf(EnvTemplateException.class)
                .hasMessageStartingWith("app.env.default:2:10: unknown marker @{secert}")
                .hasMessageContaining("@{secret}, @{secret:N}, @{uid} and @{gid}");
    }

    @Test
    void anUnclosedMarkerIsAnError() {
        assertThatThrownBy(() -> template.render("A=@{secret\nB=}\n", ".env.default"))
                .isInstanceOf(EnvTemplateException.class)
                .hasMessageStartingWith(".env.default:1:3: marker @{ is not closed");
    }

    @Test
    void secretLengthsOutsideTheRangeAreErrors() {
        assertThatThrownBy(() -> template.render("K=@{secret:8}", "t")).isInstanceOf(EnvTemplateException.class)
                .hasMessageContaining("t:1:3: @{secret:8}: the length must be a number from 16 to 1024");
        assertThatThrownBy(() -> template.render("K=@{secret:long}", "t")).isInstanceOf(EnvTemplateException.class)
                .hasMessageContaining("@{secret:long}");
        assertThat(template.render("K=@{secret:16}", "t").text()).hasSize(2 + 16);
    }
}
