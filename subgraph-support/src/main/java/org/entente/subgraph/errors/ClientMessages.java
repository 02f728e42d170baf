package org.entente.subgraph.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages graphql-java and SmallRye give a request they refuse, made fit for a client: they
 * say what was wrong with the request but spell values and types the Java way, e.g.
 * {@code argument 'id' with value 'StringValue{value='abc'}' is not a valid 'BigInteger'} or
 * {@code SRGQL000013: Expected type [String or class extending class
 * org.entente.subgraph.graphql.PartialDateScalar] but was [BigDecimal].} This keeps the useful
 * part in the client's terms ({@code argument 'id' with value '"abc"' is not a valid 'number'}) and
 * drops SmallRye's message ids, Java class names and AST node names. A message that would still
 * name a class, a host or a port is replaced by a generic one.
 */
final class ClientMessages {

    static final String GENERIC = "The request is not valid for this schema";

    private static final Pattern SMALLRYE_ID = Pattern.compile("SRGQL\\d+:\\s*");
    private static final Pattern SMALLRYE_SUBTYPE = Pattern.compile("String or class extending class ");
    private static final Pattern SMALLRYE_INPUT_TYPE = Pattern.compile("Unknown Scalar Type \\[(\\w++)]");
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "\\b(?:class |interface )?(?:[a-z_][a-z0-9_]*+\\.)++([A-Z][A-Za-z0-9_]*+)(?:\\$[A-Za-z0-9_$]++)?");
    private static final Pattern JAVA_NUMBER =
            Pattern.compile("\\b(?:BigDecimal|BigInteger|Long|Integer|Short|Byte|Double)\\b");
    private static final Pattern JAVA_OBJECT = Pattern.compile("\\b(?:Linked)?HashMap\\b");
    private static final Pattern JAVA_LIST = Pattern.compile("\\b(?:ArrayList|LinkedList)\\b");
    private static final Pattern SCALAR_CLASS = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)Scalar\\b");
    private static final Pattern AST_TYPE_OF = Pattern.compile("\\ban AST type of\\b");
    private static final Pattern AST_TYPE =
            Pattern.compile("\\b(String|Int|Float|Boolean|Enum|Null|Array|Object)Value\\b(?!\\{)");

    /** Messages echo the client's values, which may be long: the rest is cut. */
    static final int MAX_LENGTH = 1_000;

    /**
     * What a cleaned message must not contain: a class name, an AST node, a message id, a host:port.
     * Every pattern starts at a word boundary and does not backtrack into a word, so that a long
     * value costs a linear scan.
     */
    private static final Pattern LEAK = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*+\\.)++[A-Z]"
            + "|\\b\\w+(?:Exception|Error)\\b"
            + "|\\b[A-Z]\\w*(?:Value|Reference|Field)\\{|\\b(?:String|Int|Float|Boolean|Enum|Null|Array|Object)Value\\b"
            + "|SRGQL"
            + "|[A-Za-z_-]:\\d{2,5}\\b|\\b\\d{1,3}(?:\\.\\d{1,3}){3}:\\d{2,5}\\b");

    private ClientMessages() {}

    /** The word for the kind of literal an AST node type stands for. */
    private static String astWord(String kind) {
        return switch (kind) {
            case "Int" -> "integer";
            case "Array" -> "list";
            default -> kind.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String sanitize(String message) {
        if (message == null || message.isBlank()) {
            return GENERIC;
        }
        String text = SMALLRYE_ID.matcher(message).replaceAll("");
        text = AstValues.render(text);
        text = SMALLRYE_SUBTYPE.matcher(text).replaceAll("");
        text = SMALLRYE_INPUT_TYPE.matcher(text).replaceAll("$1");
        text = QUALIFIED_NAME.matcher(text).replaceAll(result -> Matcher.quoteReplacement(result.group(1)));
        text = JAVA_NUMBER.matcher(text).replaceAll("number");
        text = JAVA_OBJECT.matcher(text).replaceAll("object");
        text = JAVA_LIST.matcher(text).replaceAll("list");
        text = SCALAR_CLASS.matcher(text).replaceAll("$1");
        text = AST_TYPE_OF.matcher(text).replaceAll("a");
        text = AST_TYPE.matcher(text).replaceAll(result -> astWord(result.group(1)));
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "…";
        }
        return LEAK.matcher(text).find() ? GENERIC : text;
    }
}
