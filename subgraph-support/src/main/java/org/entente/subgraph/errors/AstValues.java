package org.entente.subgraph.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites graphql-java's {@code toString} of literal values inside a message as GraphQL literals:
 * {@code StringValue{value='abc'}} as {@code "abc"}, {@code ArrayValue{values=[IntValue{value=1}]}}
 * as {@code [1]}, {@code ObjectValue{objectFields=[ObjectField{name='a', value=NullValue{}}]}} as
 * {@code {a: null}}. Text it cannot read is left as it was (and {@link ClientMessages} then gives
 * up on the message).
 */
final class AstValues {

    private static final Pattern START = Pattern.compile(
            "\\b(?:StringValue|IntValue|FloatValue|BooleanValue|NullValue|EnumValue|VariableReference|ArrayValue|ObjectValue)\\{");

    private final String text;
    private int position;

    private AstValues(String text, int position) {
        this.text = text;
        this.position = position;
    }

    static String render(String message) {
        StringBuilder out = new StringBuilder();
        Matcher start = START.matcher(message);
        int copied = 0;
        int from = 0;
        while (start.find(from)) {
            AstValues reader = new AstValues(message, start.start());
            String literal = reader.value();
            if (literal == null) {
                from = start.end();
                continue;
            }
            out.append(message, copied, start.start()).append(literal);
            copied = reader.position;
            from = reader.position;
        }
        return out.append(message, copied, message.length()).toString();
    }

    /** The literal of the value at the position, moving past it; null when the text is not one. */
    private String value() {
        if (take("StringValue{value='")) {
            int end = text.indexOf("'}", position);
            if (end < 0) {
                return null;
            }
            String value = text.substring(position, end);
            position = end + 2;
            return '"' + value + '"';
        }
        if (take("IntValue{value=") || take("FloatValue{value=") || take("BooleanValue{value=")) {
            return upTo("}");
        }
        if (take("NullValue{}")) {
            return "null";
        }
        if (take("EnumValue{name='")) {
            return upTo("'}");
        }
        if (take("VariableReference{name='")) {
            String name = upTo("'}");
            return name == null ? null : "$" + name;
        }
        if (take("ArrayValue{values=[")) {
            return sequence("[", "]", this::value);
        }
        if (take("ObjectValue{objectFields=[")) {
            return sequence("{", "}", this::field);
        }
        return null;
    }

    private String field() {
        if (!take("ObjectField{name='")) {
            return null;
        }
        String name = upTo("', value=");
        String value = name == null ? null : value();
        return value == null || !take("}") ? null : name + ": " + value;
    }

    /** Elements separated by ", " up to "]}", written between {@code open} and {@code close}. */
    private String sequence(String open, String close, java.util.function.Supplier<String> element) {
        StringBuilder out = new StringBuilder(open);
        boolean first = true;
        while (!take("]}")) {
            if (!first && !take(", ")) {
                return null;
            }
            String next = element.get();
            if (next == null) {
                return null;
            }
            out.append(first ? "" : ", ").append(next);
            first = false;
        }
        return out.append(close).toString();
    }

    private boolean take(String expected) {
        if (text.startsWith(expected, position)) {
            position += expected.length();
            return true;
        }
        return false;
    }

    private String upTo(String end) {
        int at = text.indexOf(end, position);
        if (at < 0) {
            return null;
        }
        String value = text.substring(position, at);
        position = at + end.length();
        return value;
    }
}
