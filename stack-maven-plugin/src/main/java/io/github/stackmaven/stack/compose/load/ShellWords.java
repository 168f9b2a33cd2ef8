package io.github.stackmaven.stack.compose.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell-form {@code command}/{@code entrypoint} string into words as compose does (go-shellwords,
 * no variable expansion): whitespace separates words, single quotes are literal, double quotes group and a
 * backslash escapes the next character outside single quotes. It is not run through {@code sh -c}.
 */
public final class ShellWords {

    private ShellWords() {
    }

    public static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean escaped = false;
        boolean single = false;
        boolean dbl = false;
        boolean got = false;
        for (int i = 0; i < line.length(); i++) {
            char r = line.charAt(i);
            if (escaped) {
                buf.append(r);
                escaped = false;
                got = true;
                continue;
            }
            if (r == '\\') {
                if (single) {
                    buf.append(r);
                } else {
                    escaped = true;
                }
                continue;
            }
            if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
                if (single || dbl) {
                    buf.append(r);
                } else if (got) {
                    args.add(buf.toString());
                    buf.setLength(0);
                    got = false;
                }
                continue;
            }
            if (r == '"' && !single) {
                dbl = !dbl;
                got = true;
                continue;
            }
            if (r == '\'' && !dbl) {
                single = !single;
                got = true;
                continue;
            }
            got = true;
            buf.append(r);
        }
        if (single || dbl || escaped) {
            throw new IllegalArgumentException("invalid command line string: unterminated quote in " + line);
        }
        if (got) {
            args.add(buf.toString());
        }
        return args;
    }
}
