package org.entente.gateway.execution;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.jackson.JacksonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.NField;
import org.entente.gateway.planning.NormalizedOperation;
import org.entente.gateway.plugin.ResponseError;

/**
 * Writes the GraphQL-over-HTTP JSON of a response straight from the merged subgraph data: the
 * bytes {@link ResponseShaper} and a JSON encoder would give, without building the shaped tree
 * first. Shaping allocates a map per object of the response and encoding walks them all again;
 * on a page of twenty objects that was a third of the gateway's CPU.
 *
 * <p>It writes only what needs no decision after the fact. Where shaping would change what was
 * already written or add an error — a null in a non-null position (which nulls a parent), an
 * enum value the API does not have, two fields with one response key in an object — it gives
 * up, and the caller shapes the tree as before. Nothing it writes is sent before it has finished.
 */
final class ResponseWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** Shaping must decide: thrown from any depth, without a stack trace (it is not a failure). */
    private static final class ShapingNeeded extends RuntimeException {
        private ShapingNeeded() {
            super(null, null, false, false);
        }
    }

    private static final ShapingNeeded SHAPING_NEEDED = new ShapingNeeded();

    private final GraphQLSchema schema;
    private final NormalizedOperation operation;
    private final Map<String, Object> variables;
    private final JsonGenerator out;

    private ResponseWriter(
            GraphQLSchema schema, NormalizedOperation operation, Map<String, Object> variables, JsonGenerator out) {
        this.schema = schema;
        this.operation = operation;
        this.variables = variables;
        this.out = out;
    }

    /**
     * The response as JSON — {@code errors} when there are any, {@code data}, {@code extensions}
     * when there are any — or null when shaping must decide.
     *
     * @param errors the errors so far; writing adds none
     */
    static Buffer write(
            GraphQLSchema schema,
            NormalizedOperation operation,
            Map<String, Object> variables,
            Map<String, Object> data,
            Map<String, Object> introspection,
            List<ResponseError> errors,
            Map<String, Object> extensions) {
        BufferOutput output = new BufferOutput();
        try (JsonGenerator out = JSON.createGenerator(output)) {
            ResponseWriter writer = new ResponseWriter(schema, operation, variables, out);
            out.writeStartObject();
            if (!errors.isEmpty()) {
                out.writeFieldName("errors");
                JacksonCodec.encodeJson(ResponseError.toSpecification(errors), out);
            }
            out.writeFieldName("data");
            writer.object(operation.fields(), data, operation.rootType(), introspection);
            if (!extensions.isEmpty()) {
                out.writeFieldName("extensions");
                JacksonCodec.encodeJson(extensions, out);
            }
            out.writeEndObject();
        } catch (ShapingNeeded e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a Buffer does not fail to grow but by running out of memory
        }
        return output.buffer;
    }

    private void object(List<NField> fields, Map<?, ?> source, String type, Map<String, Object> introspection)
            throws IOException {
        if (operation.repeatsKeys(fields)) {
            throw SHAPING_NEEDED;
        }
        out.writeStartObject();
        for (NField f : fields) {
            if (!f.included(variables) || !f.appliesTo(type)) {
                continue;
            }
            out.writeFieldName(f.responseKey());
            if (f.isTypename()) {
                out.writeString(type);
            } else if (f.isIntrospection() && introspection != null) {
                JacksonCodec.encodeJson(introspection.get(f.responseKey()), out);
            } else {
                value(f, f.type(), source.get(f.responseKey()));
            }
        }
        out.writeEndObject();
    }

    private void value(NField f, GraphQLType type, Object raw) throws IOException {
        boolean required = type instanceof GraphQLNonNull;
        GraphQLType nullable = required ? ((GraphQLNonNull) type).getWrappedType() : type;
        if (raw == null) {
            writeNull(required);
        } else if (nullable instanceof GraphQLList list) {
            if (!(raw instanceof List<?> items)) {
                writeNull(required);
                return;
            }
            out.writeStartArray();
            for (Object item : items) {
                value(f, list.getWrappedType(), item);
            }
            out.writeEndArray();
        } else if (nullable instanceof GraphQLEnumType e && e.getValue(String.valueOf(raw)) == null) {
            throw SHAPING_NEEDED; // an error for the client, and a null
        } else if (f.children().isEmpty() || !(raw instanceof Map<?, ?> map)) {
            scalar(raw);
        } else if (map.containsKey(ExecutionState.MISSING_ENTITY)) {
            writeNull(required);
        } else {
            String concrete = nullable instanceof GraphQLObjectType object
                    ? object.getName()
                    : ResponseShaper.typename(schema, map);
            if (concrete == null) {
                writeNull(required);
            } else {
                object(f.children(), map, concrete, null);
            }
        }
    }

    private void writeNull(boolean required) throws IOException {
        if (required) {
            throw SHAPING_NEEDED; // the null travels up to a nullable parent, with an error
        }
        out.writeNull();
    }

    private void scalar(Object raw) throws IOException {
        if (raw instanceof String s) {
            out.writeString(s);
        } else {
            JacksonCodec.encodeJson(raw, out);
        }
    }

    /** Jackson writes through its own recycled chunk; the buffer grows once per chunk at most. */
    private static final class BufferOutput extends OutputStream {
        final Buffer buffer = Buffer.buffer();

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
